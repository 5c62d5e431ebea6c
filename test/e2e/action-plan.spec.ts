import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, signedInPage } from '../helpers/browser.js';
import { ASSESSMENT } from '../helpers/consultant-operations.js';
import { type SignedUp, dataOf } from '../helpers/consultant.js';
import { answerAndSubmit } from '../helpers/team.js';
import { submittedCheckup } from '../helpers/checkup.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The action plan a consultant owns: in the browser they accept one recommendation, dismiss one
 * with a reason, edit one and add an action item; then the respondent changes answers and
 * submits again — and everything the consultant did is still there, a rule that stopped firing
 * shown apart as no longer triggered.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consultant: SignedUp;
let assessmentId: string;
let respondentToken: string;

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  ({ consultant, assessmentId, respondentToken } = await submittedCheckup(server, { workspaceName: 'Bright Harbour Advisory', clientName: 'Rossi Food S.r.l.', title: 'Spring 2026 check-up', level: 0 }));

  browser = await launchChromium();
  ({ context, page } = await signedInPage(browser, server.url, consultant.cookie));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const recommendation = (id: string): Locator => page.locator(`[data-testid="plan-recommendation"][data-recommendation-id="${id}"]`);

describe('the action plan in the browser', () => {
  it('should keep every decision, edit and action item when the respondent changes answers', async () => {
    await page.goto(`${server.url}/console/${consultant.workspaceId}/checkups/${assessmentId}`);
    await page.getByTestId('action-plan').waitFor();
    const ids = await page.getByTestId('plan-recommendation').evaluateAll((items) => items.map((item) => item.getAttribute('data-recommendation-id')!));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const [accepted, dismissed, edited] = ids as [string, string, string];

    // Accept with the keyboard.
    await recommendation(accepted).getByTestId('rec-action-accepted').focus();
    await page.keyboard.press('Enter');
    await page.locator(`[data-recommendation-id="${accepted}"][data-status="ACCEPTED"]`).waitFor();

    // Dismiss: a reason is required.
    await recommendation(dismissed).getByTestId('rec-action-dismissed').click();
    await recommendation(dismissed).getByTestId('dismiss-confirm').click();
    await recommendation(dismissed).getByText('Say why it is dismissed.').waitFor();
    expect(await recommendation(dismissed).getByTestId('dismiss-reason').getAttribute('aria-invalid')).toBe('true');
    await recommendation(dismissed).getByTestId('dismiss-reason').fill('Already under way with the new logistics partner.');
    await recommendation(dismissed).getByTestId('dismiss-confirm').click();
    await page.locator(`[data-recommendation-id="${dismissed}"][data-status="DISMISSED"]`).waitFor();

    // Edit the title.
    await recommendation(edited).getByTestId('rec-edit').click();
    await recommendation(edited).getByTestId('rec-edit-title').fill('Agree one planning calendar with the partner');
    await recommendation(edited).getByTestId('rec-edit-save').click();
    await recommendation(edited).getByTestId('rec-edited').waitFor();

    // An action item on the accepted one.
    await recommendation(accepted).getByTestId('action-item-add').click();
    await recommendation(accepted).getByTestId('action-item-title').fill('Monthly review with Sales and Operations');
    await recommendation(accepted).getByTestId('action-item-owner').fill('Ana Rossi');
    await recommendation(accepted).getByTestId('action-item-due').fill('2027-01-15');
    await recommendation(accepted).getByTestId('action-item-save').click();
    await recommendation(accepted).getByTestId('action-item').filter({ hasText: 'Monthly review with Sales and Operations' }).waitFor();
    await expectNoAxeViolations(page, 'action plan');

    // The respondent changes every answer and submits again.
    await answerAndSubmit(server, respondentToken, 4);
    const after = dataOf(await consultant.gql<{ assessment: { result: { recommendations: Array<{ id: string }> } } }>(ASSESSMENT, { id: assessmentId }));
    expect(after.assessment.result.recommendations.map((r) => r.id)).toEqual(expect.arrayContaining([accepted, dismissed, edited]));
    await page.reload();
    await page.getByTestId('action-plan').waitFor();
    const inactive = page.getByTestId('inactive-recommendations');
    await inactive.waitFor();
    await inactive.getByRole('button').first().click();

    await page.locator(`[data-recommendation-id="${accepted}"][data-status="ACCEPTED"]`).waitFor();
    expect(await recommendation(accepted).getByTestId('action-item').innerText()).toContain('Ana Rossi');
    await page.locator(`[data-recommendation-id="${dismissed}"][data-status="DISMISSED"]`).waitFor();
    expect(await recommendation(dismissed).getByTestId('rec-dismiss-reason').innerText()).toContain('Already under way');
    expect(await recommendation(edited).locator('h3').innerText()).toBe('Agree one planning calendar with the partner');
    // At level 4 everywhere these rules no longer fire: kept, shown apart.
    for (const id of [accepted, dismissed, edited]) expect(await inactive.locator(`[data-recommendation-id="${id}"]`).count()).toBe(1);
    await expectNoAxeViolations(page, 'action plan after re-scoring');
  });
});
