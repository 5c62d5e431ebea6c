// Bundles the SurveyJS page with esbuild into a temporary directory (no network at run time).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { QUESTION_COUNT } from './questionnaire.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const page = (title, body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}</head><body>${body}</body></html>
`;

/** Builds landing, intake and survey pages; returns the directory, the JS/CSS sizes and a cleanup. */
export async function buildSurveyPage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-surveyjs-'));
  await build({
    entryPoints: [path.join(here, 'entry.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: dir,
    entryNames: 'survey',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(dir, 'index.html'), page('OM Check-up (SurveyJS)',
    '<main><h1>How healthy is your outsourcing?</h1><p>Fifty questions, about 20 minutes.</p><a href="/start.html" data-testid="start-check">Start the check-up</a></main>'));
  fs.writeFileSync(path.join(dir, 'start.html'), page('A few details first',
    '<main><h1>A few details first</h1><form action="/survey.html" method="get"><label for="intake-role">Your role</label><select id="intake-role" name="role"><option value="">Choose</option><option value="MANAGEMENT">Management</option><option value="SALES">Sales</option></select><button type="submit">Start</button></form></main>'));
  fs.writeFileSync(path.join(dir, 'survey.html'), page('OM Check-up (SurveyJS)',
    '<main><div id="survey"></div></main><script type="module" src="/survey.js"></script>', '<link rel="stylesheet" href="/survey.css">'));
  const files = ['survey.js', 'survey.css'].map((name) => {
    const body = fs.readFileSync(path.join(dir, name));
    return { name, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
  const version = JSON.parse(fs.readFileSync(path.join(here, '../node_modules/survey-core/package.json'), 'utf8')).version;
  return { dir, files, version, questions: QUESTION_COUNT, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
