import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, signedInPage } from '../helpers/browser.js';
import { type SignedUp, dataOf } from '../helpers/consultant.js';
import { submittedCheckup } from '../helpers/checkup.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWorkshop } from '../helpers/workshop.js';
import { END_WORKSHOP, RECORD_CONSENSUS } from '../helpers/workshop-operations.js';

/**
 * The report for the meeting, as a consultant uses it: meeting mode driven by the keyboard (a
 * recommendation accepted and an action item added live, then found in the web report), and a
 * read-only share link made, opened without an account, and revoked.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consultant: SignedUp;
let assessmentId: string;

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  ({ consultant, assessmentId } = await submittedCheckup(server, { workspaceName: 'Bright Harbour Advisory', clientName: 'Rossi Food S.r.l.', title: 'Spring 2026 check-up', level: 0 }));

  browser = await launchChromium();
  ({ context, page } = await signedInPage(browser, server.url, consultant.cookie));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const counter = async (): Promise<string> => (await page.getByTestId('slide-counter').innerText()).trim();
const slideKind = async (): Promise<string | null> => page.getByTestId('slide').getAttribute('data-slide-kind');

describe('meeting mode', () => {
  it('should move with the keyboard and save a decision and an action item made on a slide', async () => {
    await page.goto(`${server.url}/console/${consultant.workspaceId}/checkups/${assessmentId}`);
    await page.getByTestId('open-meeting-mode').click();
    await page.getByTestId('slide').waitFor();
    const total = Number((await counter()).split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(5);
    expect(await counter()).toBe(`1 / ${total}`);
    expect(await slideKind()).toBe('title');

    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    expect(await counter()).toBe(`4 / ${total}`);
    await page.keyboard.press('ArrowLeft');
    expect(await counter()).toBe(`3 / ${total}`);
    expect(await slideKind()).toBe('radar');
    await page.keyboard.press('Home');
    expect(await counter()).toBe(`1 / ${total}`);
    await page.keyboard.press('Space');
    expect(await slideKind()).toBe('summary');
    expect(await page.getByTestId('slide-announcement').innerText()).toContain('Summary');

    // On to the first recommendation slide.
    while ((await slideKind()) !== 'recommendation') await page.keyboard.press('ArrowRight');
    const recommendationKey = await page.getByTestId('slide').getAttribute('data-slide-key');
    await expectNoAxeViolations(page, 'a recommendation slide');

    // Accept with the keyboard.
    await page.getByTestId('slide').getByTestId('rec-action-accepted').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="slide-recommendation"][data-status="ACCEPTED"]').waitFor();
    expect(await page.getByTestId('slide').getAttribute('data-slide-key')).toBe(recommendationKey);

    // Add an action item with the keyboard: the form takes focus on its title.
    await page.getByTestId('slide-add-item').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('action-item-title').waitFor();
    await page.keyboard.type('Monthly planning review with the partner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ana Rossi');
    await page.keyboard.press('Tab');
    // Headless Chromium orders a date field's parts by its own UI language (en-US: month, day,
    // year), not by the context's locale.
    await page.keyboard.type('01152027');
    expect(await page.getByTestId('action-item-due').inputValue()).toBe('2027-01-15');
    await page.keyboard.press('Enter');
    await page.getByTestId('slide-action-item').filter({ hasText: 'Monthly planning review with the partner' }).waitFor();
    expect(await page.getByTestId('slide-action-item').innerText()).toContain('Ana Rossi');

    // The keys move on again once the form is gone, and the plan slide shows the item.
    await page.keyboard.press('End');
    expect(await slideKind()).toBe('plan');
    expect(await page.getByTestId('slide-plan-item').innerText()).toContain('Monthly planning review with the partner');
    await expectNoAxeViolations(page, 'the action plan slide');

    // Saved: the web report has it.
    const report = await page.request.get(`${server.url}/a/${assessmentId}/report?locale=en`);
    expect(report.status()).toBe(200);
    const html = await report.text();
    expect(html).toContain('Monthly planning review with the partner');
    expect(html).toContain('Ana Rossi');
  });

  it('should open presenter notes that follow the slides', async () => {
    const [notes] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-notes').click()]);
    await notes.getByTestId('notes-current').waitFor();
    await page.bringToFront();
    await page.keyboard.press('Home');
    await notes.getByTestId('notes-current').filter({ hasText: 'Spring 2026 check-up' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await notes.getByTestId('notes-current').filter({ hasText: 'Summary' }).waitFor();
    await notes.close();
  });
});

describe('meeting mode after a workshop', () => {
  it("should show the room's consensus beside the individual answers, its notes in the presenter notes", async () => {
    // A workshop on the same check-up agreed on its current (first) question, with a note.
    const workshop = await startWorkshop(consultant, assessmentId);
    dataOf(await consultant.gql(RECORD_CONSENSUS, { workshopId: workshop.id, questionId: workshop.currentQuestionId, optionId: 'l3', note: 'Written down, but only the board has read it.' }));
    await page.goto(`${server.url}/console/${consultant.workspaceId}/checkups/${assessmentId}`);
    await page.getByTestId('open-meeting-mode').click();
    await page.getByTestId('slide').waitFor();
    const total = Number((await counter()).split('/')[1]);
    for (let i = 0; i < total && (await slideKind()) !== 'consensus'; i += 1) await page.keyboard.press('ArrowRight');
    expect(await slideKind()).toBe('consensus');
    const slide = page.getByTestId('slide-consensus');
    expect(await page.getByTestId('slide').innerText()).toContain('Workshop consensus');
    expect(await slide.locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    expect(await slide.locator('thead').innerText()).toMatch(/Consensus\s+Individual answers\s+Difference/);
    await expectNoAxeViolations(page, 'the consensus slide');
    const [notes] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-notes').click()]);
    await notes.getByTestId('notes-current').filter({ hasText: 'Written down, but only the board has read it.' }).waitFor();
    await notes.close();
    dataOf(await consultant.gql(END_WORKSHOP, { workshopId: workshop.id }));
  });
});

describe('share links', () => {
  it('should make a link that opens the report without an account, until it is revoked', async () => {
    await page.goto(`${server.url}/console/${consultant.workspaceId}/checkups/${assessmentId}`);
    await page.getByTestId('share-link-form').waitFor();
    await page.getByTestId('share-links-empty').waitFor();
    await page.getByTestId('share-link-create').click();
    const url = await page.getByTestId('invitation-url').inputValue();
    expect(url).toMatch(/\/s\/[^/]+$/);
    await page.getByTestId('share-link-row').waitFor();
    await expectNoAxeViolations(page, 'the check-up page with its report panel');

    const stranger = await browser.newContext();
    const shared = await stranger.newPage();
    const opened = await shared.goto(url);
    expect(opened?.status()).toBe(200);
    expect(await shared.content()).toContain('Rossi Food S.r.l.');

    await page.getByTestId('share-link-revoke').click();
    await page.getByTestId('share-link-revoke-confirm').click();
    await page.getByTestId('share-link-state').filter({ hasText: 'Revoked' }).waitFor();
    const after = await shared.goto(url);
    expect(after?.status()).toBe(404);
    await stranger.close();
  });
});
