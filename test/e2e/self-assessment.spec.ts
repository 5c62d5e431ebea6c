import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations as expectNoAxeViolationsOn, launchChromium } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { firstUnanswered as firstUnansweredOn, goToNextStep, stepTitle as stepTitleOf } from '../helpers/wizard-page.js';

/**
 * The public self-assessment, as a business takes it: landing → intake → seven steps with
 * autosave (keyboard and mouse) → reload half-way → review → submit → results. Real built
 * server on a fresh SQLite database, real Chromium, axe on the key pages.
 */


let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

function expectNoAxeViolations(label: string): Promise<void> {
  return expectNoAxeViolationsOn(page, label);
}

async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible' });
}

async function waitUntilSaved(): Promise<void> {
  await waitForText(page.getByTestId('autosave-status'), 'All changes saved');
}

async function progressText(): Promise<string> {
  return (await page.getByTestId('progress-text').innerText()).trim();
}

function stepTitle(): Promise<string> {
  return stepTitleOf(page);
}

function firstUnanswered(): Promise<Locator | null> {
  return firstUnansweredOn(page);
}

let answerCounter = 0;

/** Answers one question with the mouse; levels vary so scores and rules have something to find. */
async function answerWithMouse(question: Locator): Promise<void> {
  answerCounter += 1;
  const textarea = question.locator('textarea.question__text');
  if ((await textarea.count()) > 0) {
    await textarea.click();
    await textarea.fill('We outsource warehousing and the web shop to two separate suppliers.');
    return;
  }
  if ((await question.locator('input[type="checkbox"]').count()) > 0) {
    await question.locator('label.option').nth(0).click();
    await question.locator('label.option').nth(1).click();
    return;
  }
  const levels = question.locator('.options--levels label.option');
  if ((await levels.count()) > 0) {
    if (answerCounter % 11 === 0) {
      await question.locator('.options--secondary label.option').last().click(); // don't know
      return;
    }
    const level = [1, 2, 0, 3, 1, 2, 1, 4][answerCounter % 8]!;
    await levels.nth(level).click();
    return;
  }
  // A plain choice: the first option (e.g. "yes, we sell online" reveals the e-commerce questions).
  await question.locator('label.option').first().click();
}

/** Answers every visible question of the current step; conditional ones appear as we go. */
async function answerStepWithMouse(): Promise<void> {
  for (let guard = 0; guard < 40; guard += 1) {
    const question = await firstUnanswered();
    if (!question) return;
    await answerWithMouse(question);
  }
  throw new Error('the step never ran out of unanswered questions');
}

function clickNext(): Promise<string> {
  return goToNextStep(page);
}

describe('self-assessment in the browser', () => {
  it('should take a business from the landing page to its results', async () => {
    // ——— Landing: keyboard first ———
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations('landing');

    let reached = false;
    for (let i = 0; i < 12 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Start the check-up');
    }
    expect(reached, 'Tab reaches "Start the check-up"').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/start');
    await page.getByRole('heading', { level: 1, name: 'A few details first' }).waitFor();

    // …and the mouse.
    await page.goBack();
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('link', { name: 'Start the check-up' }).first().click();
    await page.waitForURL('**/start');

    // ——— Intake ———
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.getByText('Choose your role to continue.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intake-role');

    await page.getByLabel('Company name').fill('Acme Components B.V.');
    await page.getByLabel('Industry').selectOption('manufacturing');
    await page.getByLabel('Company size').selectOption('50-249');
    await page.getByLabel('Your role').selectOption('MANAGEMENT');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    await page.waitForURL(/\/r\/[^/?#]+(\?.*)?$/);
    const token = new URL(page.url()).pathname.split('/')[2]!;
    expect(token.length).toBeGreaterThan(20);

    // ——— Step 1: keyboard on the first question, mouse on the rest ———
    await page.getByTestId('step-title').waitFor();
    const firstStep = await stepTitle();
    const [, total] = /of (\d+) answered/.exec(await progressText()) ?? [];
    expect(Number(total)).toBeGreaterThan(40);
    expect(await progressText()).toBe(`0 of ${total} answered`);
    expect(await page.getByTestId('resume-url').inputValue()).toBe(`${server.url}/r/${token}`);

    const q1 = page.locator('section.question').first();
    await q1.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space'); // level 0
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // level 2
    expect(await q1.locator('input[value="l2"]').isChecked()).toBe(true);
    await waitUntilSaved();
    expect(await progressText()).toBe(`1 of ${total} answered`);

    // "Why we ask" and a comment on the second question.
    const q2 = page.locator('section.question').nth(1);
    await q2.getByRole('button', { name: 'Why we ask' }).click();
    expect(await q2.getByRole('button', { name: 'Why we ask' }).getAttribute('aria-expanded')).toBe('true');
    await q2.getByRole('button', { name: 'Add a comment' }).click();
    await q2.getByRole('textbox').fill('Depends on the business unit.');
    await answerStepWithMouse();
    await waitUntilSaved();
    await expectNoAxeViolations('wizard step 1');

    // ——— Step 2: focus lands on the step heading; answer by keyboard only ———
    const secondStep = await clickNext();
    expect(secondStep).not.toBe(firstStep);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'step-title');
    expect(page.url()).toContain('?step=');
    await page.keyboard.press('Tab'); // into the first question's options
    const step2q1 = page.locator('section.question').first();
    const focusedType = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    if (focusedType === 'radio') {
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      expect(await step2q1.locator('input[type="radio"]').nth(1).isChecked()).toBe(true);
    } else {
      expect(focusedType).toBe('checkbox');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      expect(await step2q1.locator('input:checked').count()).toBe(2);
    }
    await answerStepWithMouse();
    await waitUntilSaved();

    // ——— Step 3, then reload half-way ———
    const thirdStep = await clickNext();
    const third = page.locator('section.question');
    await answerWithMouse(third.nth(0));
    await answerWithMouse(third.nth(1));
    await waitUntilSaved();

    // Offline: the answer shows at once, is queued in localStorage, and is delivered when the
    // connection comes back.
    const pendingKey = `omcheck.pending.${token}`;
    await context.setOffline(true);
    await answerWithMouse(third.nth(2));
    await waitForText(page.getByTestId('autosave-status'), 'Offline — will retry');
    expect(await page.evaluate((key) => localStorage.getItem(key), pendingKey)).toContain('questionId');
    await context.setOffline(false);
    await waitUntilSaved();
    expect(await page.evaluate((key) => localStorage.getItem(key), pendingKey)).toBeNull();
    const progressBefore = await progressText();
    const checkedBefore = await page.locator('section.question input:checked').evaluateAll((inputs) =>
      inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`),
    );
    const urlBefore = page.url();

    await page.reload();
    await page.getByTestId('step-title').waitFor();
    // The questions below the first screen render just after it.
    await page.locator('fieldset.questions:not([aria-busy])').waitFor();
    expect(page.url()).toBe(urlBefore);
    expect(await stepTitle()).toBe(thirdStep);
    expect(await progressText()).toBe(progressBefore);
    const checkedAfter = await page.locator('section.question input:checked').evaluateAll((inputs) =>
      inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`),
    );
    expect(checkedAfter).toEqual(checkedBefore);

    // The comment from step 1 came back from the server too.
    await page.getByText(/All sections/).click();
    await page.getByRole('link', { name: new RegExp(firstStep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    await page.waitForFunction((title) => document.querySelector('[data-testid="step-title"]')?.textContent?.trim() === title, firstStep);
    expect(await page.locator('section.question').nth(1).locator('textarea').inputValue()).toBe('Depends on the business unit.');
    await page.goBack();
    await page.waitForFunction((title) => document.querySelector('[data-testid="step-title"]')?.textContent?.trim() === title, thirdStep);

    // ——— Switch to Persian and back: right-to-left, content refetched ———
    await page.getByLabel('Language').first().selectOption('fa');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'fa');
    await waitForText(page.getByTestId('progress-text'), /پاسخ/);
    await page.getByLabel('زبان').first().selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await waitForText(page.getByTestId('progress-text'), /answered/);

    // ——— The rest of the steps ———
    await answerStepWithMouse();
    for (let guard = 0; guard < 10; guard += 1) {
      const next = page.getByRole('button', { name: 'Next section' });
      if ((await next.count()) === 0) break;
      await clickNext();
      await answerStepWithMouse();
    }
    await waitUntilSaved();
    const [, doneCount, doneTotal] = /(\d+) of (\d+) answered/.exec(await progressText()) ?? [];
    expect(doneCount).toBe(doneTotal);

    // ——— Review and submit ———
    await page.getByRole('button', { name: 'Review and submit' }).click();
    await page.waitForURL(`**/r/${token}/review`);
    await page.getByText('Every question is answered.').waitFor();
    await page.getByRole('button', { name: 'Submit and see results' }).click();
    await page.waitForURL(`**/r/${token}/results`);

    // ——— Results ———
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    expect(await page.getByTestId('overall-score').innerText()).toMatch(/Overall score\s+\d+ \/ 100/);
    expect((await page.getByTestId('maturity-label').innerText()).trim().length).toBeGreaterThan(3);
    await page.getByTestId('dimension-table').waitFor({ state: 'attached' });
    expect(await page.getByTestId('dimension-table').locator('tbody tr').count()).toBe(7);
    // Below the summary the report renders a part per task after the first paint (aria-busy meanwhile).
    await page.locator('[data-testid="results-report"]:not([aria-busy])').waitFor();
    // The radar: one vector chart with an axis per area.
    const radar = page.getByTestId('radar');
    await radar.locator('svg').waitFor();
    expect(await radar.locator('svg').count()).toBe(1);
    expect(await radar.locator('svg .radar__axis').count()).toBe(7);
    // The stage-gated customer-focus ladder: four rungs, and a sentence on what blocks the next.
    const rungs = page.getByTestId('ladder').getByTestId('ladder-rung');
    expect(await rungs.count()).toBe(4);
    expect(await rungs.locator('.rung__title').allInnerTexts()).toEqual([
      expect.stringContaining('Communal coordination'),
      expect.stringContaining('Serial coordination'),
      expect.stringContaining('Symbiotic coordination'),
      expect.stringContaining('Integral coordination'),
    ]);
    expect((await page.getByTestId('ladder-blocker').innerText()).trim()).toMatch(/^(Stage \d needs its practices at ≥ \d+; now [\d.]+\.|Stage \d is one step short: .*|Stage \d has no answers yet.*|All four stages are reached.*)$/);
    // The maturity scale names all five levels and marks the current one.
    expect(await page.getByTestId('maturity-scale').locator('li').count()).toBe(5);
    expect(await page.getByTestId('maturity-scale').locator('li[aria-current="step"]').count()).toBe(1);
    // Area cards link their weakest questions back to the wizard.
    expect(await page.getByTestId('dimension-card').count()).toBe(7);
    const weak = page.getByTestId('weak-question').first();
    expect(await weak.getAttribute('href')).toMatch(new RegExp(`^/r/${token}\\?step=[\\w-]+#q-[\\w-]+$`));
    const recommendations = page.getByTestId('recommendation');
    expect(await recommendations.count()).toBeGreaterThan(0);
    const topThree = page.getByTestId('top-three').getByTestId('recommendation');
    expect(await topThree.count()).toBe(Math.min(3, await recommendations.count()));
    await recommendations.first().getByRole('button', { name: 'Why this?' }).click();
    expect(await recommendations.first().locator('.evidence li').count()).toBeGreaterThan(0);
    // Each recommendation names the source text it rests on, by title.
    expect(await recommendations.first().getByTestId('recommendation-sources').innerText()).toMatch(/Rests on: .*(Di Maria|Theriault|Gulati|van Herwaarden|S&OP)/);
    await expectNoAxeViolations('results');

    // A weakest question opens the wizard on its step, with that question in focus.
    const weakHref = (await weak.getAttribute('href'))!;
    await weak.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === weakHref);
    const questionId = decodeURIComponent(weakHref.split('#')[1]!);
    await page.waitForFunction((id) => document.getElementById(id)?.contains(document.activeElement) === true, questionId);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();

    // The private link resumes on "another device" (a fresh browser context).
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`${server.url}/r/${token}`);
    await otherPage.getByTestId('progress-text').filter({ hasText: `${doneCount} of ${doneTotal} answered` }).waitFor();
    await other.close();
  });

  it('should say that an unknown link is not valid and offer a new start', async () => {
    await page.goto(`${server.url}/r/not-a-real-token`);
    await page.getByText(/This link is not valid/).waitFor();
    await page.getByRole('link', { name: 'Start a new check-up' }).click();
    await page.waitForURL('**/start');
  });
});
