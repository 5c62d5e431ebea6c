import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, signedInPage } from '../helpers/browser.js';
import { submittedCheckup } from '../helpers/checkup.js';
import { CREATE_ASSESSMENT, CREATE_ORGANIZATION, INVITE_RESPONDENT } from '../helpers/consultant-operations.js';
import { type SignedUp, dataOf } from '../helpers/consultant.js';
import { maturityQuestions, startSession } from '../helpers/fixtures.js';
import { START_FOLLOW_UP } from '../helpers/history-operations.js';
import { SAVE, SUBMIT, type StartedSession } from '../helpers/operations.js';
import { answerAndSubmit } from '../helpers/team.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Issue 11 in the browser: a consultant runs a client's second check-up with "Start the next
 * check-up", sees what changed (figures, the previous result on the radar, the trend of every
 * check-up), the benchmark among the workspace's clients and the portfolio table; a
 * self-assessing business sees its change and starts a pre-filled follow-up. Answers go in
 * through the API for speed; everything the consultant does is done with the keyboard.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consultant: SignedUp;
let firstCheckupId: string;

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  // The client's first check-up: one managing director, every answer at level 1.
  ({ consultant, assessmentId: firstCheckupId } = await submittedCheckup(server, {
    workspaceName: 'Bright Harbour Advisory', clientName: 'Rossi Food S.r.l.', title: 'Spring 2026 check-up', level: 1,
  }));
  // Another client of the workspace with a scored check-up: the benchmark's one peer.
  const peerId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
    input: { workspaceId: consultant.workspaceId, name: 'Van Dijk Logistiek B.V.', industry: 'logistics-transport' },
  })).createOrganization.id;
  const peerCheckup = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
    input: { organizationId: peerId, title: 'Baseline', locale: 'EN' },
  })).createAssessment.id;
  const peerToken = dataOf(await consultant.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
    input: { assessmentId: peerCheckup, role: 'MANAGEMENT', label: 'Director', locale: 'EN' },
  })).inviteRespondent.token;
  await answerAndSubmit(server, peerToken, 2);

  browser = await launchChromium();
  ({ context, page } = await signedInPage(browser, server.url, consultant.cookie));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Activates a control with the keyboard, as someone without a mouse does. */
async function press(testId: string, key = 'Enter'): Promise<void> {
  await page.getByTestId(testId).first().focus();
  await page.keyboard.press(key);
}

describe('a client followed over time', () => {
  // A long flow (two check-ups, five pages, axe on each): more time than the project's default.
  it('should run the next check-up from the last one and show the change, the overlay, the trend, the benchmark and the portfolio', { timeout: 240_000 }, async () => {
    const organizationId = dataOf(await consultant.gql<{ assessment: { organization: { id: string } } }>(
      'query($id: ID!) { assessment(id: $id) { organization { id } } }', { id: firstCheckupId },
    )).assessment.organization.id;

    // ——— The client page: one scored check-up so far ———
    await page.goto(`${server.url}/console/${consultant.workspaceId}/clients/${organizationId}`);
    await page.getByRole('heading', { level: 1, name: 'Rossi Food S.r.l.' }).waitFor();
    await page.getByTestId('history-trend').waitFor();
    expect(await page.getByTestId('history-table').locator('tbody tr').count()).toBe(1);

    // ——— Start the next check-up: it opens with a new link for last time's managing director ———
    await press('start-next-checkup');
    await page.waitForURL((url) => /\/checkups\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(firstCheckupId));
    const secondCheckupId = page.url().split('/').pop()!;
    await page.getByTestId('checkup-title').waitFor();
    expect(await page.getByTestId('checkup-title').innerText()).not.toBe('Spring 2026 check-up');
    const links = page.getByTestId('one-time-links').getByTestId('invitation-url');
    await links.first().waitFor();
    const urls = await links.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(urls).toHaveLength(1);
    expect(await page.getByTestId('one-time-links').innerText()).toContain('Managing director');
    await expectNoAxeViolations(page, 'the next check-up with its carried links');

    // The managing director answers again, better this time.
    await answerAndSubmit(server, new URL(urls[0]!).pathname.split('/').pop()!, 3);

    // ——— The result: change since last time, previous result on the radar, benchmark ———
    const change = page.getByTestId('result-change');
    await change.waitFor({ timeout: 30_000 });
    const overall = page.getByTestId('overall-change').getByTestId('change-value');
    expect(await overall.getAttribute('data-direction')).toBe('up');
    expect(await overall.innerText()).toMatch(/^▲\s*\+\d+/);
    expect(secondCheckupId).not.toBe(firstCheckupId);
    expect(await page.getByTestId('overall-change').innerText()).toContain('up');
    const rows = change.getByTestId('change-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    expect(await change.locator('[data-testid="change-value"][data-direction="up"]').count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByTestId('version-note').count()).toBe(0);

    const radar = page.getByTestId('radar').first();
    expect(await radar.getByTestId('radar-previous').getAttribute('d')).toMatch(/^M/);
    expect(await radar.getByTestId('radar-series-legend').innerText()).toContain('Last check-up');
    expect(await radar.getByTestId('dimension-table').locator('thead').innerText()).toContain('Last check-up');

    const benchmark = page.getByTestId('benchmark');
    await benchmark.waitFor();
    expect(await benchmark.innerText()).toContain('Among the other clients of this workspace (peers: 1)');
    expect(await benchmark.getByTestId('benchmark-workspace').getByTestId('benchmark-row').count()).toBeGreaterThanOrEqual(8);
    // Fewer than five clients of the same industry: no industry benchmark, and a sentence says why.
    expect(await page.getByTestId('benchmark-industry').count()).toBe(0);
    await page.getByTestId('benchmark-industry-none').waitFor();
    await expectNoAxeViolations(page, 'the second check-up with change and benchmark');

    // ——— Back on the client page: the trend has both check-ups ———
    await page.goto(`${server.url}/console/${consultant.workspaceId}/clients/${organizationId}`);
    await page.getByTestId('history-trend').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="history-table"] tbody tr').length === 2);
    const history = await page.getByTestId('history-table').locator('tbody tr').allInnerTexts();
    expect(history[0]).toContain('Spring 2026 check-up');
    expect(history[1]).toMatch(/up/);
    expect(await page.getByTestId('history-trend').locator('circle.trend__point').count()).toBe(2);
    await expectNoAxeViolations(page, 'the client page with its history');

    // ——— The portfolio, reached from the console's navigation ———
    await press('nav-portfolio');
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await page.getByTestId('portfolio-table').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="portfolio-row"]').length === 2);
    const rossi = page.getByTestId('portfolio-row').filter({ hasText: 'Rossi Food S.r.l.' });
    expect(await rossi.getByTestId('portfolio-change').innerText()).toMatch(/▲\s*\+\d+\s*up/);
    expect(await rossi.innerText()).toContain('Check-ups: 2');
    await page.getByTestId('portfolio-histogram').waitFor();
    await expectNoAxeViolations(page, 'the portfolio');

    // Sorted by score with the keyboard, highest first: Rossi (level 3 answers) above Van Dijk (level 2).
    await press('sort-score');
    await page.waitForURL(/sort=overall_score/);
    await page.locator('th[aria-sort="descending"]').filter({ hasText: 'Score' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="portfolio-row"]')?.textContent?.includes('Rossi'));
    await press('sort-score');
    await page.locator('th[aria-sort="ascending"]').filter({ hasText: 'Score' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="portfolio-row"]')?.textContent?.includes('Van Dijk'));

    // Filters and search narrow the table; the address keeps them.
    await page.getByTestId('portfolio-industry').selectOption('logistics-transport');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="portfolio-row"]').length === 1);
    expect(await page.getByTestId('portfolio-row').innerText()).toContain('Van Dijk');
    expect(page.url()).toContain('industry=logistics-transport');
    await page.getByTestId('portfolio-industry').selectOption('');
    await page.getByTestId('portfolio-search').fill('rossi');
    await page.waitForURL(/q=rossi/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="portfolio-row"]').length === 1);
    expect(await page.getByTestId('portfolio-row').innerText()).toContain('Rossi Food S.r.l.');
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="portfolio-row"]').length === 1);
    expect(await page.getByTestId('portfolio-search').inputValue()).toBe('rossi');

    // ——— The same pages in Persian: right to left, Persian digits, axe still clean ———
    await page.evaluate(() => localStorage.setItem('omcheck.locale', 'fa'));
    await page.goto(`${server.url}/console/${consultant.workspaceId}/portfolio`);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.querySelectorAll('[data-testid="portfolio-row"]').length === 2);
    const persianChange = await page.getByTestId('portfolio-row').filter({ hasText: 'Rossi Food S.r.l.' }).getByTestId('portfolio-change').innerText();
    // Intl puts a left-to-right mark before the sign so it stays with the digits.
    expect(persianChange).toMatch(/▲\s*\u200e?\+[۰-۹]+/);
    expect(persianChange).not.toMatch(/[0-9]/);
    await page.getByTestId('portfolio-histogram').waitFor();
    await expectNoAxeViolations(page, 'the portfolio in Persian');
    await page.goto(`${server.url}/console/${consultant.workspaceId}/checkups/${secondCheckupId}`);
    await page.getByTestId('result-change').waitFor({ timeout: 30_000 });
    await page.getByTestId('benchmark').waitFor();
    expect(await page.getByTestId('overall-change').innerText()).toMatch(/[۰-۹]/);
    await expectNoAxeViolations(page, 'the second check-up in Persian');
    await page.goto(`${server.url}/console/${consultant.workspaceId}/clients/${organizationId}`);
    await page.getByTestId('history-trend').waitFor();
    await expectNoAxeViolations(page, 'the client page in Persian');
    await page.evaluate(() => localStorage.removeItem('omcheck.locale'));
  });
});

describe('a self-assessing business followed over time', () => {
  /** Every maturity question of a session at `level`, then submitted. */
  async function answerAndSubmitSelf(session: Pick<StartedSession, 'token' | 'questionnaire'>, level: number): Promise<void> {
    const answers = maturityQuestions(session as StartedSession).map((q) => ({ questionId: q.id, optionId: q.options.find((o) => o.score === level)!.id }));
    dataOf(await server.gql(SAVE, { token: session.token, answers }));
    dataOf(await server.gql(SUBMIT, { token: session.token }));
  }

  it('should show the change since its first self-assessment and start a pre-filled follow-up from the results', async () => {
    const first = await startSession(server, { organizationName: 'Delta Bakery', role: 'MANAGEMENT', locale: 'EN' });
    await answerAndSubmitSelf(first, 1);
    const second = dataOf(await server.gql<{ startFollowUpSelfAssessment: { token: string } }>(START_FOLLOW_UP, { token: first.token })).startFollowUpSelfAssessment;
    await answerAndSubmitSelf({ token: second.token, questionnaire: first.questionnaire }, 3);

    const self = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const results = await self.newPage();
    results.setDefaultTimeout(20_000);
    await results.goto(`${server.url}/r/${second.token}/results`);
    await results.getByTestId('result-change').waitFor();
    expect(await results.getByTestId('overall-change').getByTestId('change-value').getAttribute('data-direction')).toBe('up');
    // The radar renders after the first screen; the previous series is drawn once the change is there.
    await results.getByTestId('radar').getByTestId('radar-previous').waitFor();
    expect(await results.getByTestId('radar').getByTestId('radar-previous').count()).toBe(1);
    await results.getByTestId('follow-up').waitFor();
    await expectNoAxeViolations(results, 'self-assessment results with the change');

    await results.getByTestId('start-follow-up').focus();
    await results.keyboard.press('Enter');
    await results.waitForURL((url) => /^\/r\/[^/]+$/.test(url.pathname) && !url.pathname.includes(second.token));
    // Pre-filled: the questions of the first section are already answered.
    await results.locator('.option--checked').first().waitFor();
    expect(await results.locator('.option--checked').count()).toBeGreaterThan(0);
    await self.close();
  });
});
