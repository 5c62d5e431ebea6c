import { describe, expect, it } from 'vitest';
import { glossaryProblems } from '@omcheck/shared';
import en from './en.json';
import fa from './fa.json';
import it_ from './it.json';
import nl from './nl.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = flatten(en as Tree);

describe.each([['it', it_], ['nl', nl], ['fa', fa]])('the %s locale', (_name, messages) => {
  const translated = flatten(messages as Tree);

  it('should have exactly the English keys', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('should use the glossary terms of docs/glossary.md, never an avoided variant', () => {
    const locale = _name as 'it' | 'nl' | 'fa';
    expect([...translated].flatMap(([key, text]) => glossaryProblems(key, locale, text))).toEqual([]);
  });

  it('should keep every placeholder and avoid vue-i18n syntax characters', () => {
    for (const [key, text] of english) {
      const other = translated.get(key) ?? '';
      expect(placeholders(other), key).toEqual(placeholders(text));
      expect(/[|@]/.test(other), key).toBe(false);
    }
  });
});

describe('the en locale', () => {
  it('should use the glossary terms of docs/glossary.md, never an avoided variant', () => {
    expect([...english].flatMap(([key, text]) => glossaryProblems(key, 'en', text))).toEqual([]);
  });
});
