// Writes dist/landing.<locale>.html: the built index.html with the landing page rendered into it
// by the app's own components (src/prerender/render-landing.ts, built by `vite build --ssr` into
// dist-prerender/), in each UI language. The server sends it for GET / (server/src/http/landing-page.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Beasties from 'beasties';
import { readBuildManifest } from './build-manifest.mjs';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(clientDir, 'dist');
const renderer = path.join(clientDir, 'dist-prerender/render-landing.js');
const { APP_LOCALES, renderLanding } = await import(pathToFileURL(renderer).href);

const template = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const manifest = readBuildManifest(dist);

// "Start" leads to the intake: its code is fetched with the app's (not run), so following the
// link as soon as the app has loaded waits for no further request.
const intakeChunks = manifest.filesBeyondEntry(['src/features/intake/IntakeView.vue']).scripts;
// The entry's own imports, which Vite preloads from index.html.
const entryPreloads = [...template.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)];

// The rules of the app's stylesheet that the landing page uses go into the page: its first paint
// then waits for no request, and a phone styles 68 elements against ~100 rules instead of ~340.
// early-intent.js links the whole stylesheet after that paint, before the app's code runs.
const stylesheetLink = /<link rel="stylesheet" crossorigin href="\/(assets\/index-[\w-]+\.css)">/.exec(template);
if (!stylesheetLink) throw new Error('expected the app stylesheet <link> in index.html');
const stylesheet = fs.readFileSync(path.join(dist, stylesheetLink[1]), 'utf8');
if (stylesheet.includes('</style')) throw new Error('the stylesheet cannot be inlined: it contains </style');

// Nothing but the page loads before its first paint: early-intent.js starts the app's entry, and
// preloads what the app needs next, once the page has been painted.
const entryScript = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"><\/script>/.exec(template);
if (!entryScript) throw new Error('expected the app entry <script type="module"> in index.html');

/**
 * Keeps the inlined rules whose selectors match the page (hover and focus states of what is there
 * included). Kept by name: selectors it cannot evaluate on markup (`:lang()`, a bare
 * `:focus-visible`), and the page's state while the app starts, which early-intent.js sets.
 */
const criticalCss = new Beasties({
  path: dist,
  external: false,
  reduceInlineStyles: true,
  allowRules: [/:lang\(/, /^:focus-visible$/, /^\.app-starting\b/],
  keyframes: 'critical',
  fonts: false,
  compress: true,
  logLevel: 'warn',
});

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Replaces `search` in `html` exactly once, or fails the build: the template changed shape. */
function replaceOnce(html, search, replacement) {
  const at = html.indexOf(search);
  if (at < 0 || html.indexOf(search, at + 1) >= 0) throw new Error(`expected exactly one ${search} in index.html`);
  return html.slice(0, at) + replacement + html.slice(at + search.length);
}

for (const locale of APP_LOCALES) {
  const page = await renderLanding(locale);
  let html = template;
  html = replaceOnce(html, '<html lang="en" dir="ltr">', `<html lang="${page.locale}" dir="${page.dir}">`);
  html = replaceOnce(html, '<title>OM Check-up</title>', `<title>${escapeText(page.title)}</title>`);
  // The language's messages (the app loads them before its first render), the entry's imports and
  // the intake's code: preloaded by early-intent.js with the entry, after the first paint.
  const preloads = [...new Set([...entryPreloads.map((link) => link[1]), manifest.messagesFile(page.locale, 'core'), ...intakeChunks])];
  // Render-blocking but not parser-blocking: the links are never shown before it can catch a
  // click, and the rest of the page loads meanwhile. It starts the app after the first paint.
  html = replaceOnce(html, '<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <script src="/early-intent.js" data-app-entry="${entryScript[1]}" data-app-stylesheet="/${stylesheetLink[1]}" data-app-preloads="${preloads.join(' ')}" async blocking="render"></script>`);
  html = replaceOnce(html, entryScript[0], '');
  for (const link of entryPreloads) html = replaceOnce(html, link[0], '');
  html = replaceOnce(html, stylesheetLink[0], `<style>${stylesheet}</style>`);
  html = replaceOnce(html, '<div id="app"></div>', `<div id="app" data-prerendered="${page.locale}">${page.html}</div>`);
  html = (await criticalCss.process(html)).replace(' data-beasties-container', '');
  if ((html.match(/<style>/g) ?? []).length !== 1) throw new Error(`expected one <style> in landing.${locale}.html after keeping its critical rules`);
  fs.writeFileSync(path.join(dist, `landing.${locale}.html`), html);
  console.log(`dist/landing.${locale}.html: ${(html.length / 1000).toFixed(1)} kB`);
}
