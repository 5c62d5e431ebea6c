import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The client build (`pnpm build`) that the test server serves. */
export const clientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

/** A JSON file the build wrote (`respondent-pages.json`, `.vite/manifest.json`). */
export function builtJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(clientDist, file), 'utf8')) as T;
}
