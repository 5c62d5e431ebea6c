// Writes dist/respondent-pages.json: for each page a respondent opens by private link, the query
// the server answers inside the page's HTML (with its text, exactly as the app sends it) and the
// code, styles and messages to preload with it. Read by server/src/http/respondent-pages.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readBuildManifest } from './build-manifest.mjs';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(clientDir, 'dist');
const { APP_LOCALES, embeddedOperations } = await import(pathToFileURL(path.join(clientDir, 'dist-prerender/render-landing.js')).href);
const manifest = readBuildManifest(dist);

/** The routes' page and `meta.prepare` modules, message groups and first query (src/app/router.ts). */
const PAGES = {
  wizard: { modules: ['src/features/wizard/WizardView.vue', 'src/features/respondent/prepare-checkup.ts'], messages: ['core'], query: 'RespondentSession' },
  review: { modules: ['src/features/review/ReviewView.vue', 'src/features/respondent/prepare-checkup.ts'], messages: ['core', 'results'], query: 'RespondentSession' },
  results: { modules: ['src/features/results/ResultsView.vue', 'src/features/results/prepare-result.ts'], messages: ['core', 'results'], query: 'AssessmentResult' },
};

const pages = {};
for (const [name, page] of Object.entries(PAGES)) {
  if (!embeddedOperations[page.query]) throw new Error(`${page.query} is not among the embedded operations`);
  const files = manifest.filesBeyondEntry(page.modules);
  const messages = Object.fromEntries(APP_LOCALES.map((locale) => [locale, page.messages.map((group) => manifest.messagesFile(locale, group))]));
  pages[name] = { query: page.query, scripts: files.scripts, stylesheets: files.stylesheets, messages };
}
fs.writeFileSync(path.join(dist, 'respondent-pages.json'), `${JSON.stringify({ operations: embeddedOperations, pages }, null, 2)}\n`);
console.log(`dist/respondent-pages.json: ${Object.keys(pages).join(', ')}`);
