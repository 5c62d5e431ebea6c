import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../helpers/browser.js';
import { uniqueEmail } from '../helpers/consultant.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { firstUnanswered, goToNextStep } from '../helpers/wizard-page.js';

/**
 * A consultant's team check-up, as it happens: sign up, add a client, open a check-up, invite
 * five people in three roles; three of them answer on phone-sized screens in their own browsers
 * and submit; the consultant's page shows the progress and then the combined result without a
 * reload. Real built server, real Chromium, axe on the console pages.
 */

let server: TestServer;
let browser: Browser;
let consultantContext: BrowserContext;
let consultant: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  consultantContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  consultant = await consultantContext.newPage();
  consultant.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await consultantContext?.close();
  await browser?.close();
  await server?.close();
});

/** Creates invitation links of one role and returns the links shown (once) on the page. */
async function invite(role: string, count: number): Promise<string[]> {
  const form = consultant.getByTestId('invite-form');
  await form.getByTestId('invite-role').selectOption(role);
  await form.getByTestId('invite-mode-count').check();
  await form.getByTestId('invite-count').fill(String(count));
  await form.getByRole('button', { name: 'Create invitation links' }).click();
  const links = consultant.getByTestId('one-time-links').getByTestId('invitation-url');
  await consultant.waitForFunction(
    (expected) => document.querySelectorAll('[data-testid="one-time-links"] [data-testid="invitation-url"]').length === expected,
    count,
  );
  const urls = await links.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await consultant.getByRole('button', { name: 'I have copied the links' }).click();
  return urls;
}

/** A respondent on a phone opens their link, answers every question of their role at a level, and submits. */
async function answerOnPhone(url: string, level: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  const welcome = page.getByTestId('invited-welcome');
  await welcome.waitFor();
  expect(await welcome.innerText()).toContain('Bright Harbour Advisory');
  expect(await welcome.innerText()).toContain('Rossi Food S.r.l.');
  // Nothing on the phone page is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (let step = 0; step < 12; step += 1) {
    for (let guard = 0; guard < 40; guard += 1) {
      const question = await firstUnanswered(page);
      if (!question) break;
      const levels = question.locator('.options--levels label.option');
      const text = question.locator('textarea.question__text');
      if ((await levels.count()) > 0) await levels.nth(level).click();
      else if ((await text.count()) > 0) await text.fill('Clearer agreements with our partner.');
      else await question.locator('label.option').first().click();
    }
    await page.getByTestId('autosave-status').filter({ hasText: 'All changes saved' }).waitFor();
    const next = page.getByRole('button', { name: 'Next section' });
    if ((await next.count()) === 0) break;
    await goToNextStep(page);
  }
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit and see results' }).click();
  await page.waitForURL('**/results');
  await page.getByRole('heading', { level: 1 }).waitFor();
  return context;
}

describe('consultant check-up in the browser', () => {
  it('should take a consultant from sign-up to the combined result of three respondents', async () => {
    // ——— Sign up ———
    await consultant.goto(`${server.url}/`);
    await consultant.getByRole('link', { name: /sign in/i }).first().waitFor();
    await consultant.goto(`${server.url}/sign-up`);
    // The page renders once its code and messages are loaded, which may be after `load`.
    await consultant.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(consultant, 'sign-up');
    await consultant.getByTestId('sign-up-name').fill('Dana de Vries');
    await consultant.getByTestId('sign-up-email').fill(uniqueEmail('e2e'));
    await consultant.getByTestId('sign-up-password').fill('short');
    await consultant.getByTestId('sign-up-workspace').fill('Bright Harbour Advisory');
    await consultant.getByRole('button', { name: 'Create account' }).click();
    await consultant.getByText('Use at least 10 characters.').waitFor();
    await consultant.getByTestId('sign-up-password').fill('harbour-lights-tuesday');
    await consultant.getByRole('button', { name: 'Create account' }).click();
    await consultant.waitForURL(/\/console\/[^/]+$/);
    await consultant.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await expectNoAxeViolations(consultant, 'clients (empty)');

    // ——— A client and a check-up ———
    await consultant.getByTestId('new-client').click();
    await consultant.getByTestId('organization-name').fill('Rossi Food S.r.l.');
    await consultant.getByTestId('organization-submit').click();
    // A new client opens at once.
    await consultant.waitForURL(/\/clients\/[^/]+$/);
    await consultant.getByRole('heading', { level: 1, name: 'Rossi Food S.r.l.' }).waitFor();
    await expectNoAxeViolations(consultant, 'client');
    await consultant.getByTestId('new-checkup').click();
    await consultant.getByTestId('checkup-title').fill('Spring 2026 check-up');
    await consultant.getByRole('button', { name: 'Create check-up' }).click();
    await consultant.waitForURL(/\/checkups\/[^/]+$/);
    await consultant.getByTestId('checkup-title').filter({ hasText: 'Spring 2026 check-up' }).waitFor();
    expect(await consultant.getByTestId('checkup-status').innerText()).toBe('Open');

    // ——— Five people in three roles ———
    const sales = await invite('SALES', 2);
    const operations = await invite('OPERATIONS', 2);
    const [partner] = await invite('PARTNER', 1);
    expect([...sales, ...operations, partner].every((url) => url?.startsWith(`${server.url}/r/`))).toBe(true);
    await consultant.getByTestId('submitted-summary').filter({ hasText: '0 of 5 submitted' }).waitFor();
    expect(await consultant.getByTestId('respondent-row').count()).toBe(5);
    await expectNoAxeViolations(consultant, 'check-up with invitations');

    // ——— Three answer on their phones; the consultant's page follows without a reload ———
    const phones = [await answerOnPhone(sales[0]!, 3), await answerOnPhone(operations[0]!, 1)];
    await consultant.getByTestId('submitted-summary').filter({ hasText: '2 of 5 submitted' }).waitFor({ timeout: 30_000 });
    phones.push(await answerOnPhone(partner!, 2));
    await consultant.getByTestId('submitted-summary').filter({ hasText: '3 of 5 submitted' }).waitFor({ timeout: 30_000 });

    const result = consultant.getByTestId('combined-result');
    await result.getByText('Based on the answers of 3 respondents').waitFor({ timeout: 30_000 });
    const rows = consultant.getByTestId('respondent-row');
    const rowTexts = await rows.allInnerTexts();
    expect(rowTexts.filter((text) => /Not yet/.test(text))).toHaveLength(2);
    await expectNoAxeViolations(consultant, 'check-up with the combined result');
    for (const phone of phones) await phone.close();
  });
});
