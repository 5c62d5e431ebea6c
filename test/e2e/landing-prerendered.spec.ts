import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The landing page is pre-rendered at build time in each language and sent for GET / in the
 * language the app would pick; the app then hydrates it. Before the app's code has run the page
 * is complete, and "Start" and the language menu still do what they say.
 */

interface LandingMessages {
  landing: { start: string; pageTitle: string };
}
const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/src/locales');
const messagesOf = (locale: string): LandingMessages => JSON.parse(fs.readFileSync(path.join(localesDir, locale, 'core.json'), 'utf8')) as LandingMessages;
const core = messagesOf('fa');
const coreIt = messagesOf('it');

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

async function newPage(locale: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Holds the requests for `url` until `release` is called. */
async function hold(page: Page, url: RegExp): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let holding = true;
  await page.route(url, (route) => {
    if (holding) held.push(route);
    else void route.continue();
  });
  return async () => {
    holding = false;
    for (const route of held) await route.continue();
  };
}

/** Holds the app's entry script: the page as it is before the app runs. */
const holdAppCode = (page: Page): Promise<() => Promise<void>> => hold(page, /\/assets\/index-[\w-]+\.js$/);
/** The app's whole stylesheet, also under the address of a retry (`?attempt=…`). */
const APP_STYLESHEET = /\/assets\/index-[\w-]+\.css(\?.*)?$/;
/** Holds the app's whole stylesheet: the page has only the rules inlined into it. */
const holdAppStylesheet = (page: Page): Promise<() => Promise<void>> => hold(page, APP_STYLESHEET);

/** Every element's computed style (all properties), and which element has the focus. */
function pageStyles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [document.documentElement, document.body, ...Array.from(document.body.querySelectorAll('*'))].map((element, i) => {
      const style = getComputedStyle(element);
      const properties = Array.from(style, (name) => `${name}: ${style.getPropertyValue(name)}`).join('; ');
      return `${i} ${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}${element === document.activeElement ? ' (focused)' : ''} { ${properties} }`;
    }),
  );
}

/** In the browser: true once the app's whole stylesheet is applied. */
const wholeStylesheetIn = (): boolean =>
  Array.from(document.styleSheets).some((sheet) => /\/assets\/index-[\w-]+\.css(\?.*)?$/.test(sheet.href ?? '') && sheet.cssRules.length > 0);
const wholeStylesheetApplied = (page: Page): Promise<unknown> => page.waitForFunction(wholeStylesheetIn);

const appMounted = (page: Page): Promise<unknown> => page.waitForFunction(() => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__ !== undefined);

describe('the pre-rendered landing page', () => {
  it('should be sent in the language of the cookie, else of the browser, else English', async () => {
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ 'accept-language': 'fa-IR,fa;q=0.9' }, 'fa', 'rtl'],
      [{ 'accept-language': 'de-DE,nl;q=0.8,it;q=0.7' }, 'nl', 'ltr'],
      [{ 'accept-language': 'it-IT', cookie: 'omcheck_locale=fa' }, 'fa', 'rtl'],
      [{ 'accept-language': 'de-DE' }, 'en', 'ltr'],
    ];
    for (const [headers, lang, dir] of cases) {
      const response = await fetch(`${server.url}/`, { headers });
      const html = await response.text();
      expect(response.headers.get('content-language')).toBe(lang);
      expect(response.headers.get('vary')).toMatch(/Accept-Language, Cookie/);
      expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
      expect(html).toContain(`data-prerendered="${lang}"`);
      expect(html).toContain('data-testid="start-check"');
    }
  });

  it('should show the whole page in Persian before the app runs, then hydrate it without replacing or shifting anything', async () => {
    const { page, errors } = await newPage('fa-IR');
    const release = await holdAppCode(page);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    const start = page.locator('[data-testid="start-check"]');
    expect((await start.textContent())?.trim()).toBe(core.landing.start);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual(['fa', 'rtl', `${core.landing.pageTitle} · OM Check-up`]);
    expect(await page.locator('select[data-language-switcher]').inputValue()).toBe('fa');
    await expectNoAxeViolations(page, 'landing before the app runs (fa)');
    // Marks the elements as they are now: hydration keeps them, a fresh render would not.
    const before = await page.evaluate(() => {
      const h1 = document.querySelector('h1') as HTMLElement & { kept?: boolean };
      h1.kept = true;
      return h1.getBoundingClientRect().top;
    });
    await page.evaluate(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await release();
    await appMounted(page);
    const after = await page.evaluate(() => {
      const h1 = document.querySelector('h1') as HTMLElement & { kept?: boolean };
      const shifts = (window as unknown as { shifts: number[] }).shifts;
      return { kept: h1.kept === true, top: h1.getBoundingClientRect().top, shift: shifts.reduce((sum, value) => sum + value, 0) };
    });
    expect(after).toEqual({ kept: true, top: before, shift: 0 });
    expect(errors).toEqual([]);
    await start.click();
    await page.locator('#intake-role').waitFor();
    expect(new URL(page.url()).pathname).toBe('/start');
  });

  it("should load nothing but the page before its first paint, then the app with the intake's code", async () => {
    const html = await (await fetch(`${server.url}/`, { headers: { 'accept-language': 'en-GB' } })).text();
    const head = html.slice(0, html.indexOf('</head>'));
    // No script module and no preload competes with the page itself for the network.
    expect(head).not.toContain('rel="modulepreload"');
    expect(head).not.toContain('type="module"');
    expect(head).not.toContain('rel="stylesheet"');
    const preloads = /<script src="\/early-intent\.js" data-app-entry="\/assets\/index-[\w-]+\.js" data-app-stylesheet="\/assets\/index-[\w-]+\.css" data-app-preloads="([^"]+)"/.exec(head)?.[1]?.split(' ') ?? [];
    // The intake's own chunk (client/build/page-chunks.ts).
    expect(preloads.filter((file) => /\/intake-page-[\w-]+\.js$/.test(file))).toHaveLength(1);

    const { page, errors } = await newPage('en-GB');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.url}/`);
    await appMounted(page);
    // The intake's code and everything else listed comes with the app's, before anyone clicks "Start"...
    await expect.poll(() => preloads.filter((file) => !scripts.includes(file))).toEqual([]);
    const loadedBeforeStart = scripts.length;
    await page.locator('[data-testid="start-check"]').click();
    await page.locator('#intake-role').waitFor();
    // ...and is used from there, not fetched again. (The intake then prefetches the wizard's code.)
    expect(scripts.slice(loadedBeforeStart).filter((file) => preloads.includes(file))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('should look before the app runs exactly as with the whole stylesheet, in every language, keyboard focus included', async () => {
    for (const locale of ['fa-IR', 'en-GB', 'it-IT', 'nl-NL']) {
      const { page, errors } = await newPage(locale);
      const releaseCode = await holdAppCode(page);
      const releaseStylesheet = await holdAppStylesheet(page);
      // Not until `load`: a stylesheet linked before it would hold it up.
      await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
      await page.locator('[data-testid="start-check"]').waitFor();
      // The page carries its own rules only: a fraction of the app's stylesheet, which is not in yet.
      expect(await page.evaluate(() => Array.from(document.styleSheets).map((sheet) => sheet.href ?? 'inline'))).toEqual(['inline']);
      // A keyboard user's first Tab: the skip link shows, with the focus ring.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      const pageOnly = await pageStyles(page);
      await releaseStylesheet();
      await wholeStylesheetApplied(page);
      const whole = await pageStyles(page);
      const stylesheetSize = await page.evaluate(() => Array.from(document.styleSheets).find((sheet) => sheet.href)?.cssRules.length ?? 0);
      expect(await page.evaluate(() => document.querySelector<HTMLStyleElement>('head style')?.sheet?.cssRules.length ?? 0)).toBeLessThan(stylesheetSize / 2);
      // The first element styled differently, if any, says which rule the page lost.
      expect(pageOnly.find((line, i) => line !== whole[i]) ?? null, locale).toBeNull();
      expect(pageOnly).toHaveLength(whole.length);
      await releaseCode();
      await appMounted(page);
      expect(errors).toEqual([]);
    }
  });

  it("should run the app's code only once its whole stylesheet is in", async () => {
    const { page, errors } = await newPage('en-GB');
    const releaseStylesheet = await holdAppStylesheet(page);
    const entry = page.waitForResponse(/\/assets\/index-[\w-]+\.js$/);
    await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    // The code is fetched meanwhile, but not run: no view of the app without its styles.
    await (await entry).finished();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelector('script[type="module"]') === null)).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__ === undefined)).toBe(true);
    await releaseStylesheet();
    await appMounted(page);
    await page.locator('[data-testid="start-check"]').click();
    await page.locator('#intake-role').waitFor();
    expect(errors).toEqual([]);
  });

  it('should link the whole stylesheet itself when early-intent.js is a copy cached from before a deploy', async () => {
    const { page, errors } = await newPage('en-GB');
    // The earlier early-intent.js ran the entry at once and knew of no stylesheet to link.
    await page.route(/\/early-intent\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "var s = document.currentScript; var m = document.createElement('script'); m.type = 'module'; m.src = s.getAttribute('data-app-entry'); document.head.appendChild(m);",
      }),
    );
    await page.goto(`${server.url}/`);
    await appMounted(page);
    expect(await page.evaluate(wholeStylesheetIn)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('should try a stylesheet that failed to load once more, and never start the app without it', async () => {
    const once = await newPage('en-GB');
    let failed = 0;
    await once.page.route(APP_STYLESHEET, (route) => (failed++ === 0 ? route.abort() : route.continue()));
    await once.page.goto(`${server.url}/`);
    await appMounted(once.page);
    expect(failed).toBe(2);
    expect(await once.page.evaluate(() => Array.from(document.styleSheets).filter((sheet) => /\/assets\/index-[\w-]+\.css(\?.*)?$/.test(sheet.href ?? '')).map((sheet) => sheet.cssRules.length > 0))).toEqual([true]);

    const never = await newPage('en-GB');
    let attempts = 0;
    await never.page.route(APP_STYLESHEET, (route) => {
      attempts += 1;
      return route.abort();
    });
    await never.page.goto(`${server.url}/`);
    // The third attempt comes once the app's code, language and first page are in: seconds on a busy machine.
    await expect.poll(() => attempts, { timeout: 15_000 }).toBe(3);
    await never.page.waitForTimeout(500);
    expect(await never.page.evaluate(() => (document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__ === undefined)).toBe(true);
    // The page's links then load their pages whole.
    await never.page.locator('[data-testid="start-check"]').click();
    await never.page.waitForURL(/\/start$/);
  });

  it('should carry out a click on "Start" made before the app has loaded', async () => {
    const { page, errors } = await newPage('en-GB');
    const release = await holdAppCode(page);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await page.locator('[data-testid="start-check"]').click();
    // Kept, not followed: no second page load that would start the app over.
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('[data-testid="start-check"]').getAttribute('aria-busy')).toBe('true');
    await release();
    await page.locator('#intake-role').waitFor();
    expect(new URL(page.url()).pathname).toBe('/start');
    // The link is gone with the landing page: focus starts at the intake's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.goBack();
    await page.locator('[data-testid="start-check"]').waitFor();
  });

  it('should switch to a language picked before the app has loaded, and send the page in it next time', async () => {
    const { page, errors } = await newPage('en-GB');
    const release = await holdAppCode(page);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await page.locator('select[data-language-switcher]').selectOption('it');
    await release();
    await page.waitForFunction(() => document.documentElement.lang === 'it');
    expect((await page.locator('[data-testid="start-check"]').textContent())?.trim()).toBe(coreIt.landing.start);
    expect(errors).toEqual([]);
    await page.unrouteAll();
    const response = await page.reload();
    expect(response?.headers()['content-language']).toBe('it');
    expect(await page.evaluate(() => document.querySelector('#app')?.getAttribute('data-prerendered'))).toBe('it');
  });
});
