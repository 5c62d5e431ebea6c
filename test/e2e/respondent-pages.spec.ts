import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { builtJson } from '../helpers/client-build.js';
import { dataOf } from '../helpers/consultant.js';
import { SAVE, START, type StartedSession } from '../helpers/operations.js';
import { answerAndSubmit } from '../helpers/team.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * A private link opens with its data in the page (server/src/http/respondent-pages.ts): the app
 * shows the wizard and the results without asking /graphql first, and fetches the questionnaire
 * content once, as preloaded. Later requests (saving an answer) go to the network as before. A
 * check-up started from the intake opens its wizard with the content fetched during the intake.
 */

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** A fresh page that records the app's requests and its console errors and warnings. */
async function newPage(): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().includes('/assets/')) requests.push(`${request.method()} ${new URL(request.url()).pathname}${request.method() === 'POST' ? ` ${/"query":"\s*(?:query|mutation)\s+(\w+)/.exec(request.postData() ?? '')?.[1] ?? ''}` : ''}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, requests, problems };
}

/** The private link of a self-assessment answered at `level` (0–4) throughout and submitted. */
async function submittedSelfAssessment(level: number): Promise<string> {
  const { token } = dataOf(await server.gql<{ startSelfAssessment: StartedSession }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment;
  await answerAndSubmit(server, token, level);
  return token;
}

describe('a respondent page opened by private link', () => {
  it('should show the wizard with the saved answer without asking /graphql, then save through it', async () => {
    const session = dataOf(await server.gql<{ startSelfAssessment: StartedSession }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment;
    const first = session.questionnaire.dimensions[0]!.questions.find((q) => q.kind === 'MATURITY')!;
    const chosen = first.options.find((o) => o.score === 3)!;
    dataOf(await server.gql(SAVE, { token: session.token, answers: [{ questionId: first.id, optionId: chosen.id }] }));

    const { page, requests, problems } = await newPage();
    await page.goto(`${server.url}/r/${session.token}`);
    const firstQuestion = page.locator('section.question').first();
    await firstQuestion.waitFor({ state: 'visible' });
    expect(await firstQuestion.locator('input[type="radio"]:checked').getAttribute('value')).toBe(chosen.id);
    expect(requests.filter((r) => r.startsWith('POST /graphql'))).toEqual([]);
    expect(requests.filter((r) => r.includes('/api/questionnaire-content'))).toHaveLength(1);

    // Answering still goes to the server.
    const saved = page.waitForRequest((request) => request.method() === 'POST' && (request.postData() ?? '').includes('saveAnswers'));
    await firstQuestion.locator('input[type="radio"]').first().check();
    await saved;
    expect(problems).toEqual([]);
  });

  it('should lay out only the question it adds as each later question renders, not those before it again', async () => {
    const session = dataOf(await server.gql<{ startSelfAssessment: StartedSession }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment;
    const { page, problems } = await newPage();
    // Chromium's own record of what it takes out of its layout tree: it rebuilt every child of a
    // fieldset each time one was added to it, so every question rendered in turn re-laid out all
    // the questions above it (docs/performance.md, 2026-12-02).
    const cdp = await page.context().newCDPSession(page);
    type TraceEvent = { name: string; args?: { data?: { reason?: string; nodeName?: string } } };
    const events: TraceEvent[] = [];
    // The protocol's types give trace events as string maps; they are objects with nested args.
    cdp.on('Tracing.dataCollected', (batch) => events.push(...(batch.value as unknown as TraceEvent[])));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline.invalidationTracking'] } });
    await page.goto(`${server.url}/r/${session.token}`);
    await page.locator('fieldset.questions:not([aria-busy])').waitFor();
    const questionsShown = await page.locator('section.question').count();
    await cdp.send('Tracing.end');
    await traced;

    const questionChanges = events
      .filter((e) => e.name === 'LayoutInvalidationTracking' && /^SECTION id='q-/.test(e.args?.data?.nodeName ?? ''))
      .map((e) => ({ reason: e.args?.data?.reason, nodeName: e.args?.data?.nodeName }));
    // The trace is on: questions were added to the layout tree while it ran.
    expect(questionChanges.length).toBeGreaterThanOrEqual(questionsShown);
    expect(questionsShown).toBeGreaterThan(3);
    expect(questionChanges.filter((change) => change.reason === 'Removed from layout').map((change) => change.nodeName)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('should show the results without asking /graphql for them', async () => {
    const token = await submittedSelfAssessment(3);
    const { page, requests, problems } = await newPage();
    await page.goto(`${server.url}/r/${token}/results`);
    await page.locator('[data-testid="overall-score"]').waitFor({ state: 'visible' });
    expect(requests.filter((r) => r === 'POST /graphql AssessmentResult')).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the results page after its first screen', () => {
  /** Every viewBox the radar's chart is drawn with, in order, from the page's first moment. */
  async function radarDrawings(width: number): Promise<string[]> {
    const token = await submittedSelfAssessment(2);
    const context = await browser.newContext({ viewport: { width, height: 844 }, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const drawings: string[] = [];
      (window as unknown as { radarDrawings: string[] }).radarDrawings = drawings;
      const chart = 'figure[data-testid="radar"] > svg';
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes' && record.target instanceof Element && record.target.matches(chart)) drawings.push(record.target.getAttribute('viewBox') ?? '');
          for (const node of Array.from(record.addedNodes)) {
            if (!(node instanceof Element)) continue;
            for (const svg of [node, ...Array.from(node.querySelectorAll('svg'))].filter((element) => element.matches(chart))) drawings.push(svg.getAttribute('viewBox') ?? '');
          }
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['viewBox'] });
    });
    await page.goto(`${server.url}/r/${token}/results`);
    await page.getByTestId('radar').locator('svg').first().waitFor({ state: 'visible' });
    // Past the chart's own measurement of its width (a ResizeObserver, after its first layout).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page.evaluate(() => (window as unknown as { radarDrawings: string[] }).radarDrawings);
  }

  it('should draw the chart once, for a phone, on a phone (not wide first and then again)', async () => {
    expect(await radarDrawings(390)).toEqual(['-190 -190 380 380']);
  });

  it('should draw the chart once, wide, on a large screen', async () => {
    expect(await radarDrawings(1280)).toEqual(['-335 -232 670 452']);
  });

  it("should keep every card's buttons and links inside the card, on a phone, before anyone scrolls to it", async () => {
    // A card the browser skipped laying out (`content-visibility: auto`) kept a guessed height while
    // its controls were measured at their real place, below it: Lighthouse's accessibility audit
    // then found a card's "Why this" button under the next "Show more" (target-size).
    const token = await submittedSelfAssessment(1);
    const { page, problems } = await newPage();
    await page.goto(`${server.url}/r/${token}/results`);
    await page.locator('[data-testid="results-report"]:not([aria-busy])').waitFor();
    const cards = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.recommendation, .dimcard')).map((card) => {
        const box = card.getBoundingClientRect();
        const outside = Array.from(card.querySelectorAll('button, a')).filter((control) => {
          const rect = control.getBoundingClientRect();
          return rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5;
        });
        return outside.map((control) => `${card.className}: ${control.textContent?.trim()}`);
      }),
    );
    expect(cards.length).toBeGreaterThan(5);
    expect(cards.flat()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('should show each part of the report in a frame of its own (parts shown together are laid out in one long task)', async () => {
    const token = await submittedSelfAssessment(2);
    const { page, problems } = await newPage();
    await page.addInitScript(() => {
      // The frame each part appears in: a counter that every frame increments, read when a part's placeholder goes.
      const shownInFrame: number[] = [];
      (window as unknown as { shownInFrame: number[] }).shownInFrame = shownInFrame;
      let frame = 0;
      const count = (): void => {
        frame += 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of Array.from(record.removedNodes)) {
            if (node instanceof Element && node.classList.contains('render-in-turn')) shownInFrame.push(frame);
          }
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${server.url}/r/${token}/results`);
    await page.locator('[data-testid="report-downloads"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('[data-testid="results-report"][aria-busy]') === null);
    const frames = await page.evaluate(() => (window as unknown as { shownInFrame: number[] }).shownInFrame);
    expect(frames.length).toBeGreaterThan(10);
    expect(new Set(frames).size).toBe(frames.length);
    expect(problems).toEqual([]);
  });

  it('should add no stylesheet while the rest of the report renders (each would restyle the whole page)', async () => {
    const token = await submittedSelfAssessment(2);
    const { page, problems } = await newPage();
    await page.addInitScript(() => {
      const added: string[] = [];
      (window as unknown as { stylesheetsAdded: string[] }).stylesheetsAdded = added;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of Array.from(record.addedNodes)) {
              if (node instanceof HTMLLinkElement && node.rel === 'stylesheet') added.push(node.href);
              if (node instanceof HTMLStyleElement) added.push('<style>');
            }
          }
        }).observe(document, { subtree: true, childList: true });
      });
    });
    await page.goto(`${server.url}/r/${token}/results`);
    // The last part rendered in turn is there, and the code each part loads as it renders.
    await page.locator('[data-testid="report-downloads"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { stylesheetsAdded: string[] }).stylesheetsAdded)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('starting a check-up from the intake', () => {
  it('should fetch the questions while the intake is filled in, and open the wizard without fetching them again', async () => {
    const { page, problems } = await newPage();
    const contentRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/questionnaire-content') contentRequests.push(url.search);
    });
    const fetchedEarly = page.waitForRequest((request) => request.url().endsWith('/api/questionnaire-content?locale=en'));
    await page.goto(`${server.url}/start`);
    // Fetched while the intake waits for its answers, not only once it is submitted.
    await fetchedEarly;
    await page.getByLabel('Your role').selectOption('MANAGEMENT');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.locator('section.question').first().waitFor({ state: 'visible' });
    // The latest version's content, asked for before the start told the app its version.
    expect(contentRequests).toEqual(['?locale=en']);
    expect(problems).toEqual([]);
  });
});

describe("the code a respondent's pages run on load", () => {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  const served = async (file: string): Promise<string> => (await fetch(`${server.url}${file}`)).text();

  it("should start with V8's compile hint, so it compiles off the main thread; the consultant console's code should not", async () => {
    const session = dataOf(await server.gql<{ startSelfAssessment: StartedSession }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment;
    const html = await served(`/r/${session.token}`);
    const entry = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const { pages } = builtJson<{ pages: Record<string, { scripts: string[] }> }>('respondent-pages.json');
    for (const script of [entry!, ...pages['wizard']!.scripts, ...pages['review']!.scripts, ...pages['results']!.scripts]) {
      expect((await served(script)).startsWith(HINT), script).toBe(true);
    }
    const manifest = builtJson<Record<string, { file: string }>>('.vite/manifest.json');
    // A workshop participant's page, opened on a phone, too.
    expect((await served(`/${manifest['src/features/workshop/WorkshopParticipantView.vue']!.file}`)).startsWith(HINT)).toBe(true);
    expect(await served(`/${manifest['src/features/console/ConsoleLayout.vue']!.file}`)).not.toContain('allFunctionsCalledOnLoad');
  });

  it('should need few files beyond the entry for each page: its own, what it shares with other pages and the bundler\'s runtime', () => {
    // A phone opens six connections to our origin; each file beyond them waits a round trip
    // (client/build/page-chunks.ts). Automatic chunking by route gave the results page 11, the wizard 13.
    const { pages } = builtJson<{ pages: Record<string, { scripts: string[] }> }>('respondent-pages.json');
    for (const [page, { scripts }] of Object.entries(pages)) {
      expect(scripts.length, `${page}: ${scripts.join(' ')}`).toBeLessThanOrEqual(4);
      expect(scripts.filter((script) => script.startsWith(`/assets/${page}-page-`)), page).toHaveLength(1);
    }
  });

  it('should hint every piece of code the results page loads as it renders, except the messages (data, no functions)', async () => {
    const token = await submittedSelfAssessment(3);
    const { page, problems } = await newPage();
    const scripts: Promise<[string, string]>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push(response.text().then((body) => [url.pathname, body]));
    });
    await page.goto(`${server.url}/r/${token}/results`);
    // The parts after the summary render one per task once it is painted, each loading its code.
    await page.locator('[data-testid="overall-score"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="report-downloads"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const { pages } = builtJson<{ pages: Record<string, { messages: Record<string, string[]> }> }>('respondent-pages.json');
    const messages = new Set(Object.values(pages['results']!.messages).flat());
    const loaded = await Promise.all(scripts);
    for (const part of ['DimensionRadarChart', 'SelfAssessmentFollowUp', 'ReportDownloads']) {
      expect(loaded.some(([file]) => file.startsWith(`/assets/${part}-`)), part).toBe(true);
    }
    expect(loaded.filter(([file, body]) => !messages.has(file) && !body.startsWith(HINT)).map(([file]) => file)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
