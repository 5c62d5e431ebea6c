// What the first page costs: the gzipped JavaScript a first-time respondent loads from the
// landing page to the first question of the wizard, in each UI language, and the time to that
// first question at 4× CPU slowdown against a SurveyJS page of the same shape (bench/surveyjs).
// Needs a build (pnpm build); builds nothing itself except the SurveyJS page, into a temp dir.
/* global document, requestAnimationFrame, MutationObserver, Element -- in code that runs in the browser */
import zlib from 'node:zlib';
import { CHROMIUM, launchBrowser, median, startCheckupInBrowser, startDemoApp } from './lib/demo-app.mjs';
import { machine, record } from './lib/servers.mjs';
import { buildSurveyPage } from './surveyjs/build.mjs';
import { pagePolicyHeaders, startSurveyServer, surveyFirstQuestion } from './surveyjs/server.mjs';

const LOCALES = { en: 'en-GB', it: 'it-IT', nl: 'nl-NL', fa: 'fa-IR' };
const BUDGET_KB = 75;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CPU_SLOWDOWN = 4;

/** Gzipped size of a body at level 9: independent of how (or whether) the server compressed it. */
const gzipped = (body) => zlib.gzipSync(body, { level: 9 }).length;

/** Every JavaScript response of the page until `until` resolves, with its gzipped size. */
async function javascriptLoaded(page, until) {
  const responses = [];
  const onResponse = (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() === 'script' || /javascript/.test(type)) responses.push(response);
  };
  page.on('response', onResponse);
  await until();
  page.off('response', onResponse);
  const files = [];
  for (const response of responses) {
    const body = await response.body();
    files.push({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipped(body) });
  }
  return files;
}

async function measureSizes(browser, app) {
  const rows = [];
  for (const [locale, browserLocale] of Object.entries(LOCALES)) {
    // A fresh context: empty cache and storage, the browser language picks the UI language.
    const context = await browser.newContext({ locale: browserLocale, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const files = await javascriptLoaded(page, () => startCheckupInBrowser(page, app.url));
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== locale) throw new Error(`expected the UI in ${locale}, got ${lang}`);
    await context.close();
    const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
    rows.push({ locale, files: files.length, raw: files.reduce((sum, f) => sum + f.raw, 0), gzip, list: files });
  }
  return rows;
}

/**
 * Runs in every document of the flow: notes when each step's target is painted and when the
 * user clicked, in epoch milliseconds kept in sessionStorage (it survives SurveyJS's page loads).
 * The waits are then summed: landing painted after navigation, intake after "Start", first
 * question after "Start the questions", without the time the test driver itself takes.
 */
function recordWaits() {
  const KEY = 'bench.waits';
  const log = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
  const save = () => sessionStorage.setItem(KEY, JSON.stringify(log));
  log.navigation ??= performance.timeOrigin;
  save();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const at = performance.timeOrigin + event.timeStamp;
    if (target?.closest('[data-testid="start-check"]')) log.startClicked = at;
    if (target?.closest('form button[type="submit"]')) log.submitClicked = at;
    save();
  }, true);
  const targets = { landing: '[data-testid="start-check"]', intake: '#intake-role', question: 'section.question, .sd-question' };
  const pending = new Set(Object.keys(targets).filter((name) => log[name] === undefined));
  const check = () => {
    for (const name of pending) {
      if (!document.querySelector(targets[name])) continue;
      pending.delete(name);
      // Painted: the frame that shows it has run once the task after its animation frame runs.
      requestAnimationFrame(() => setTimeout(() => {
        log[name] = performance.timeOrigin + performance.now();
        save();
      }, 0));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** The flow at a slowed-down CPU: the summed waits (see `recordWaits`) and the wall clock. */
async function timed(browser, run) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
  await context.addInitScript(recordWaits);
  const page = await context.newPage();
  // Both pages run under the app's Content-Security-Policy: anything it refuses would change what is measured.
  const refused = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const start = performance.now();
  await run(page);
  const wall = performance.now() - start;
  if (refused.length > 0) throw new Error(`the page broke its Content-Security-Policy: ${refused.join(' | ')}`);
  // The last mark is set a frame after the question shows.
  await page.waitForFunction(() => JSON.parse(sessionStorage.getItem('bench.waits') ?? '{}').question !== undefined);
  const log = await page.evaluate(() => JSON.parse(sessionStorage.getItem('bench.waits')));
  await context.close();
  const wait = (log.landing - log.navigation) + (log.intake - log.startClicked) + (log.question - log.submitClicked);
  if (!Number.isFinite(wait)) throw new Error(`incomplete marks: ${JSON.stringify(log)}`);
  if (process.env.BENCH_DEBUG) console.log(`waits: landing ${Math.round(log.landing - log.navigation)}, intake ${Math.round(log.intake - log.startClicked)}, question ${Math.round(log.question - log.submitClicked)} ms`);
  return { wait, wall };
}

async function measureTimes(browser, app, survey) {
  const om = [];
  const surveyjs = [];
  // One warm-up each (server caches, disk), then alternate so drift hits both alike.
  await timed(browser, (page) => startCheckupInBrowser(page, app.url));
  await timed(browser, (page) => surveyFirstQuestion(page, survey.url));
  for (let i = 0; i < RUNS; i += 1) {
    om.push(await timed(browser, (page) => startCheckupInBrowser(page, app.url)));
    surveyjs.push(await timed(browser, (page) => surveyFirstQuestion(page, survey.url)));
  }
  const waits = (runs) => runs.map((r) => r.wait);
  return { om, surveyjs, ratio: median(waits(om)) / median(waits(surveyjs)) };
}

const kb = (bytes) => (bytes / 1000).toFixed(1);

const app = await startDemoApp();
const surveyDir = await buildSurveyPage();
const survey = await startSurveyServer(surveyDir.dir, { headers: await pagePolicyHeaders(app.url) });
const browser = await launchBrowser();
try {
  const sizes = await measureSizes(browser, app);
  for (const row of sizes) {
    console.log(`\n${row.locale}: ${row.list.map((f) => `${f.url.replace('/assets/', '')} ${kb(f.gzip)}`).join(', ')}`);
  }
  const times = await measureTimes(browser, app, survey);
  const surveyFiles = surveyDir.files.map((f) => `${f.name} ${kb(f.gzip)} KB`).join(', ');
  const report = [
    `### First page: JavaScript and time to the first question — ${new Date().toISOString().slice(0, 10)}`,
    '',
    machine(),
    `Chromium ${CHROMIUM} (headless, playwright-core), built client served by \`node server/dist/main.js --demo\` (SQLite). Flow: landing page → "Start the check-up" → intake (role only) → first question of the wizard visible, in a fresh browser context (empty cache). Sizes: every JavaScript response until then, re-gzipped at level 9 (1 KB = 1000 bytes).`,
    '',
    '| language | JS files | raw KB | gzipped KB | target ≤ 75 KB |',
    '|---|---|---|---|---|',
    ...sizes.map((r) => `| ${r.locale} | ${r.files} | ${kb(r.raw)} | **${kb(r.gzip)}** | ${r.gzip <= BUDGET_KB * 1000 ? 'met' : 'not met'} |`),
    '',
    `Time to the first question at ${CPU_SLOWDOWN}× CPU slowdown (CDP \`Emulation.setCPUThrottlingRate\`), same flow, fresh context each run; ${RUNS} runs each after one warm-up, alternating. *Waiting* is what the respondent waits for: landing page painted after navigation + intake painted after "Start" + first question painted after submitting the intake (marks taken in the page); *wall clock* also counts the test driver's own actions. SurveyJS ${surveyDir.version} (survey-core + survey-js-ui, bundled with esbuild, served gzipped by a static server with the same policy headers as the app's pages, theme without web fonts; ${surveyFiles}): a static landing page and a static intake form (role), then ${surveyDir.questions} radio questions with 5 options and a comment, one per page.`,
    '',
    '| page | waiting, median ms | waiting per run ms | wall clock, median ms |',
    '|---|---|---|---|',
    ...[['OM Check-up', times.om], ['SurveyJS', times.surveyjs]].map(([name, runs]) =>
      `| ${name} | ${Math.round(median(runs.map((r) => r.wait)))} | ${runs.map((r) => Math.round(r.wait)).join(', ')} | ${Math.round(median(runs.map((r) => r.wall)))} |`),
    '',
    `Ratio OM Check-up ÷ SurveyJS (waiting): **${times.ratio.toFixed(2)}** (target ≤ 0.5).`,
    '',
  ].join('\n');
  console.log(`\n${report}`);
  record(report);
} finally {
  await browser.close();
  await survey.stop();
  await app.stop();
  surveyDir.remove();
}
