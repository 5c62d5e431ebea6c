import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations as expectNoAxeViolationsOn, launchChromium } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { firstUnanswered as firstUnansweredOn, stepTitle as stepTitleOf, waitForOtherStep } from '../helpers/wizard-page.js';

/**
 * The self-assessment taken in Persian: the language is chosen on the intake page, the whole
 * UI and the questionnaire content switch to Persian, the layout runs right to left, and the
 * results (maturity, ladder, radar) come back in Persian with no axe violations. Selectors
 * avoid English text on purpose: nothing on these pages should be English.
 */

const PERSIAN = /[\u0600-\u06FF]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  // An English-speaking browser: Persian must come from the user's choice, not from the defaults.
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

async function waitUntilSaved(): Promise<void> {
  await page.locator('[data-testid="autosave-status"].autosave--saved').waitFor();
}

function stepTitle(): Promise<string> {
  return stepTitleOf(page);
}

function firstUnanswered(): Promise<Locator | null> {
  return firstUnansweredOn(page);
}

let answerCounter = 0;

/** Answers one question with the mouse; levels vary so the results have something to show. */
async function answer(question: Locator): Promise<void> {
  answerCounter += 1;
  const textarea = question.locator('textarea.question__text');
  if ((await textarea.count()) > 0) {
    await textarea.fill('انبارداری و فروشگاه اینترنتی را به دو تأمین‌کنندهٔ جداگانه سپرده‌ایم.');
    return;
  }
  if ((await question.locator('input[type="checkbox"]').count()) > 0) {
    await question.locator('label.option').nth(0).click();
    return;
  }
  const levels = question.locator('.options--levels label.option');
  if ((await levels.count()) > 0) {
    await levels.nth([3, 1, 4, 2, 0, 3, 2][answerCounter % 7]!).click();
    return;
  }
  await question.locator('label.option').first().click();
}

/** Answers every visible question of the current step; conditional ones appear as we go. */
async function answerStep(): Promise<void> {
  for (let guard = 0; guard < 40; guard += 1) {
    const question = await firstUnanswered();
    if (!question) return;
    await answer(question);
  }
  throw new Error('the step never ran out of unanswered questions');
}

/** The horizontal extent of an element, in CSS pixels from the viewport's left edge. */
async function box(locator: Locator): Promise<{ left: number; right: number; center: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element is not rendered');
  return { left: b.x, right: b.x + b.width, center: b.x + b.width / 2 };
}

describe('the check-up in Persian', () => {
  it('should run right to left in Persian from intake to results', async () => {
    // ——— Intake: the user picks فارسی ———
    await page.goto(`${server.url}/start`);
    await page.locator('#intake-language').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.locator('#intake-language').selectOption({ label: 'فارسی' });
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'fa');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('fa');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(PERSIAN);
    await expectNoAxeViolations('intake (fa)');

    await page.locator('#intake-role').selectOption('MANAGEMENT');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/r\/[^/?#]+(\?.*)?$/);
    const token = new URL(page.url()).pathname.split('/')[2]!;

    // ——— Wizard: content in Persian, layout right to left ———
    await page.getByTestId('step-title').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await stepTitle()).toMatch(PERSIAN);
    const prompts = await page.locator('section.question .question__prompt').allInnerTexts();
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) expect(prompt).toMatch(PERSIAN);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).toBe('rtl');

    // The question number sits to the right of its prompt; "next" sits on the left.
    const firstPrompt = page.locator('section.question .question__prompt').first();
    expect((await box(firstPrompt.locator('.question__number'))).center).toBeGreaterThan((await box(firstPrompt.locator('span[dir="auto"]'))).center);
    const nextButton = page.locator('.step-nav .button--primary');
    expect((await box(nextButton)).center).toBeLessThan(1280 / 2);

    // The progress bar fills from the right.
    await answer(page.locator('section.question').first());
    await waitUntilSaved();
    const bar = await box(page.locator('.progress__bar'));
    const fill = await box(page.locator('.progress__fill'));
    expect(fill.right).toBeCloseTo(bar.right, 0);
    expect(fill.left).toBeGreaterThan(bar.left + 1);
    await expectNoAxeViolations('wizard (fa)');

    // ——— Every step ———
    await answerStep();
    for (let guard = 0; guard < 10; guard += 1) {
      await waitUntilSaved();
      const last = (await page.locator('.step-list__link').last().getAttribute('aria-current')) === 'step';
      const before = await stepTitle();
      await page.locator('.step-nav .button--primary').click(); // "next section", or "review" on the last step
      if (last) break;
      await waitForOtherStep(page, before);
      expect(await stepTitle()).toMatch(PERSIAN);
      await answerStep();
    }

    // ——— Review and submit ———
    await page.waitForURL(`**/r/${token}/review`);
    await page.locator('.review__actions .button--primary').waitFor();
    await page.locator('.review__actions .button--primary').click();
    await page.waitForURL(`**/r/${token}/results`);

    // ——— Results in Persian ———
    await page.getByRole('heading', { level: 1, name: 'نتایج شما' }).waitFor();
    // Below the summary the report renders a part per task after the first paint (aria-busy meanwhile).
    await page.locator('[data-testid="results-report"]:not([aria-busy])').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const maturityLabel = (await page.getByTestId('maturity-label').innerText()).trim();
    expect(maturityLabel).toMatch(PERSIAN);
    expect(maturityLabel).not.toMatch(LATIN_WORD);
    expect(await page.getByTestId('maturity-scale').locator('li').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('رویکرد کل‌نگر')]),
    );
    expect(await page.getByTestId('holism-explanation').innerText()).toMatch(PERSIAN);

    const rungs = page.getByTestId('ladder').getByTestId('ladder-rung');
    expect(await rungs.count()).toBe(4);
    for (const title of await rungs.locator('.rung__title').allInnerTexts()) {
      expect(title).toMatch(PERSIAN);
      expect(title).not.toMatch(LATIN_WORD);
    }
    expect(await page.getByTestId('ladder-blocker').innerText()).toMatch(PERSIAN);

    const radar = page.getByTestId('radar');
    await radar.locator('svg').waitFor();
    expect(await radar.locator('svg .radar__axis').count()).toBe(7);
    for (const label of await radar.locator('svg .radar__label').allTextContents()) expect(label).toMatch(PERSIAN);
    // Mirrored: the second area's axis points up and to the left (the first points straight up).
    const axisEnds = await radar.locator('svg .radar__axis').evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('x2'))));
    expect(axisEnds[0]).toBeCloseTo(0, 0);
    expect(axisEnds[1]).toBeLessThan(0);
    expect(await page.getByTestId('dimension-table').locator('tbody tr').count()).toBe(7);

    // The ladder's rail is on the right: each rung's marker is right of its card.
    const firstRung = rungs.first();
    expect((await box(firstRung.locator('.rung__marker'))).center).toBeGreaterThan((await box(firstRung.locator('.rung__body'))).center);

    expect(await page.getByTestId('dimension-card').count()).toBe(7);
    expect(await page.getByTestId('recommendation').count()).toBeGreaterThan(0);
    await expectNoAxeViolations('results (fa)');
  });
});
