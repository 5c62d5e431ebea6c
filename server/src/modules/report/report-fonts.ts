import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const WEIGHTS = [
  { weight: 400, file: 'Vazirmatn-Regular.woff2' },
  { weight: 700, file: 'Vazirmatn-Bold.woff2' },
] as const;

let cached: string | undefined;

/**
 * `@font-face` rules for Vazirmatn (npm `vazirmatn`: Persian and Latin in one face) as data:
 * URLs, read once: the web report and the PDF embed the font, so rendering fetches nothing and
 * Persian is shaped the same everywhere.
 */
export function reportFontCss(): string {
  if (cached !== undefined) return cached;
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')), 'fonts', 'webfonts');
  cached = WEIGHTS.map(({ weight, file }) => {
    const data = fs.readFileSync(path.join(dir, file)).toString('base64');
    return `@font-face{font-family:Vazirmatn;font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");}`;
  }).join('');
  return cached;
}
