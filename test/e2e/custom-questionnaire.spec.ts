import { QUESTIONNAIRE_FORMAT_EXAMPLE } from '@omcheck/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, signedInPage } from '../helpers/browser.js';
import { CREATE_ORGANIZATION } from '../helpers/consultant-operations.js';
import { type SignedUp, dataOf, signUp } from '../helpers/consultant.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * A consultant imports their own questionnaire in the console: a broken file is refused with
 * every problem named, the example of docs/questionnaire-format.md is imported, and a new
 * check-up runs on it.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consultant: SignedUp;
let organizationId: string;

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  consultant = await signUp(server, { name: 'Dana de Vries', workspaceName: 'Lens Makers' });
  organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
    input: { workspaceId: consultant.workspaceId, name: 'Pilot client' },
  })).createOrganization.id;
  browser = await launchChromium();
  ({ context, page } = await signedInPage(browser, server.url, consultant.cookie));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('importing a questionnaire in the browser', () => {
  it('should refuse a broken file with its problems, import the example and run a check-up on it', async () => {
    await page.goto(`${server.url}/console/${consultant.workspaceId}`);
    await page.getByTestId('nav-questionnaires').click();
    await page.getByTestId('questionnaires-table').waitFor();
    expect(await page.getByTestId('questionnaire-row').count()).toBe(1);

    const broken = { ...QUESTIONNAIRE_FORMAT_EXAMPLE, version: 'one' };
    await page.getByTestId('questionnaire-json').fill(JSON.stringify(broken));
    await page.getByTestId('questionnaire-import-submit').click();
    const problems = page.getByTestId('questionnaire-import-errors');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('version');
    expect(await page.getByTestId('questionnaire-row').count()).toBe(1);

    await page.getByTestId('questionnaire-json').fill(JSON.stringify(QUESTIONNAIRE_FORMAT_EXAMPLE, null, 2));
    await page.getByTestId('questionnaire-import-submit').click();
    await page.getByTestId('questionnaire-import-status').filter({ hasText: /\S/ }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="questionnaire-row"]').length === 2);
    await expectNoAxeViolations(page, 'questionnaires');

    await page.goto(`${server.url}/console/${consultant.workspaceId}/clients/${organizationId}`);
    await page.getByTestId('new-checkup').click();
    await page.getByTestId('checkup-title').fill('Pilot lens');
    await page.getByTestId('checkup-questionnaire').selectOption('pilot-check');
    await page.getByRole('button', { name: 'Create check-up' }).click();
    await page.waitForURL(/\/checkups\/[^/]+$/);
    const info = await page.getByTestId('checkup-questionnaire-info').innerText();
    expect(info).toContain('Pilot check');
    expect(info).toMatch(/1\.0\.0/);
  });
});
