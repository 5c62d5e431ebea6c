import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every size × weight a page shows is a font instance the browser creates before its first layout
// (a synchronous font lookup each on Linux). The type scale in main.css keeps that number small:
// the results page went from 29 such lookups in a trace to 14 (docs/performance.md, 2026-12-02).
const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

function styleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return styleFiles(full);
    return /\.(css|vue)$/.test(entry.name) ? [full] : [];
  });
}

/** The client's stylesheets and components, by path under src/. */
const sources: Record<string, string> = Object.fromEntries(
  styleFiles(sourceRoot).map((file) => [path.relative(sourceRoot, file), fs.readFileSync(file, 'utf8')]));

/** Every `property: value` declaration in the client's stylesheets and components, with its file. */
function declarations(property: string): { file: string; value: string }[] {
  const pattern = new RegExp(`(?<![\\w-])${property}\\s*:\\s*([^;}"]+)`, 'g');
  return Object.entries(sources).flatMap(([file, text]) =>
    [...text.matchAll(pattern)].map((match) => ({ file, value: match[1]!.trim() })));
}

const mainCss = sources['styles/main.css'] ?? '';
const scale = new Map([...mainCss.matchAll(/--text-([\w-]+):\s*([\d.]+rem);/g)].map((m) => [m[1]!, m[2]!]));

describe('type scale', () => {
  it('should read the stylesheets and components', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(mainCss).toContain('--text-');
  });

  it('should define a short scale of sizes in main.css', () => {
    expect(scale.size).toBeGreaterThanOrEqual(5);
    expect(scale.size).toBeLessThanOrEqual(7);
  });

  it('should size text in rem only through the scale', () => {
    const offScale = declarations('font-size').filter(({ value }) => /\d(\.\d+)?rem\b/.test(value) && !value.startsWith('clamp('));
    expect(offScale).toEqual([]);
    const unknownTokens = declarations('font-size')
      .flatMap(({ file, value }) => [...value.matchAll(/var\(--text-([\w-]+)\)/g)].map((m) => ({ file, token: m[1]! })))
      .filter(({ token }) => !scale.has(token));
    expect(unknownTokens).toEqual([]);
  });

  it('should use two weights, regular and bold', () => {
    const others = declarations('font-weight').filter(({ value }) => !/^(400|700)(\s*!important)?$/.test(value));
    expect(others).toEqual([]);
  });

  // `font: 600 0.9rem/1.2 …` would set a size and a weight past the two checks above.
  it('should use the font shorthand only to inherit', () => {
    const shorthands = declarations('font').filter(({ value }) => !/^inherit(\s*!important)?$/.test(value));
    expect(shorthands).toEqual([]);
  });
});
