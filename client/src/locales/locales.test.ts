import { describe, expect, it } from 'vitest';
import { glossaryProblems } from '@omcheck/shared';

/** Messages live in `<locale>/<group>.json`; groups load on demand (see `app/i18n.ts`). */
type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./*/*.json', { eager: true, import: 'default' });
const groupsOf = (locale: string): string[] =>
  Object.keys(files).filter((f) => f.startsWith(`./${locale}/`)).map((f) => f.slice(`./${locale}/`.length, -'.json'.length)).sort();
const GROUPS = groupsOf('en');

function read(locale: string, group: string): Tree {
  const tree = files[`./${locale}/${group}.json`];
  if (!tree) throw new Error(`missing ${locale}/${group}.json`);
  return tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** All groups of a locale as one flat map (a key must not appear in two groups). */
function messagesOf(locale: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const group of GROUPS) {
    for (const [key, text] of flatten(read(locale, group))) {
      if (all.has(key)) throw new Error(`${locale}: ${key} is in two groups`);
      all.set(key, text);
    }
  }
  return all;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = messagesOf('en');

describe('the locale files', () => {
  it('should have the same groups in every locale', () => {
    for (const locale of ['it', 'nl', 'fa']) {
      expect(groupsOf(locale)).toEqual(GROUPS);
    }
  });

  it('should keep the core group free of the console, account and results messages', () => {
    expect(Object.keys(read('en', 'core')).filter((key) => ['console', 'account', 'results', 'review'].includes(key))).toEqual([]);
  });
});

describe.each(['it', 'nl', 'fa'])('the %s locale', (locale) => {
  const translated = messagesOf(locale);

  it.each(GROUPS)('should have exactly the English keys in the %s group', (group) => {
    expect([...flatten(read(locale, group)).keys()].sort()).toEqual([...flatten(read('en', group)).keys()].sort());
  });

  it('should use the glossary terms of docs/glossary.md, never an avoided variant', () => {
    const glossaryLocale = locale as 'it' | 'nl' | 'fa';
    expect([...translated].flatMap(([key, text]) => glossaryProblems(key, glossaryLocale, text))).toEqual([]);
  });

  it('should keep every placeholder and avoid vue-i18n syntax characters', () => {
    for (const [key, text] of english) {
      const other = translated.get(key) ?? '';
      expect(placeholders(other), key).toEqual(placeholders(text));
      expect(/[|@]/.test(other), key).toBe(false);
    }
  });
});

describe.each(['en', 'it', 'nl', 'fa'])('the %s messages', (locale) => {
  it('should use no syntax beyond {name} placeholders (app/messages.ts formats nothing else)', () => {
    for (const [key, text] of messagesOf(locale)) {
      expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}|@]/);
    }
  });
});

describe('the en locale', () => {
  it('should use the glossary terms of docs/glossary.md, never an avoided variant', () => {
    expect([...english].flatMap(([key, text]) => glossaryProblems(key, 'en', text))).toEqual([]);
  });
});
