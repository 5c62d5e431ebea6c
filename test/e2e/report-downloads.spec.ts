import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../helpers/browser.js';
import { dataOf } from '../helpers/consultant.js';
import { answerAndSubmit } from '../helpers/team.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The self-assessment's report as a file: "Download PDF" on the results page gives a PDF; on a
 * server without a PDF renderer the page explains it and prints the web report instead.
 */

const START = 'mutation Start($input: StartSelfAssessmentInput!) { startSelfAssessment(input: $input) { token } }';

let server: TestServer;
let noRenderer: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function submittedSelfAssessment(on: TestServer): Promise<string> {
  const token = dataOf(await on.gql<{ startSelfAssessment: { token: string } }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment.token;
  await answerAndSubmit(on, token, 2);
  return token;
}

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  noRenderer = await startTestServer({ env: { RATE_LIMITS: 'off', CHROMIUM_PATH: '/nonexistent/chromium' } });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  // The print dialog is the browser's; the test only needs to know it was asked for.
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await noRenderer?.close();
});

describe('the report on the self-assessment results page', () => {
  it('should download the report as a PDF', async () => {
    const token = await submittedSelfAssessment(server);
    await page.goto(`${server.url}/r/${token}/results`);
    await page.getByTestId('download-pdf').waitFor();
    expect(await page.getByTestId('open-web-report').getAttribute('href')).toBe(`/r/${token}/report?locale=en`);
    await expectNoAxeViolations(page, 'results page with the report downloads');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('report-downloads').getByText(/Downloaded .*\.pdf/).waitFor();
  });

  it('should offer the browser’s print of the web report when the server cannot make PDFs', async () => {
    const token = await submittedSelfAssessment(noRenderer);
    await page.goto(`${noRenderer.url}/r/${token}/results`);
    await page.getByTestId('report-locale').selectOption('it');
    await page.getByTestId('download-pdf').click();
    await page.getByTestId('pdf-unavailable').waitFor();
    await expectNoAxeViolations(page, 'results page with the print fallback');

    const [report] = await Promise.all([context.waitForEvent('page'), page.getByTestId('print-report').click()]);
    await report.waitForLoadState('load');
    expect(new URL(report.url()).pathname).toBe(`/r/${token}/report`);
    expect(new URL(report.url()).searchParams.get('locale')).toBe('it');
    await report.locator('html[data-printed="yes"]').waitFor({ state: 'attached' });
    await report.close();
  });
});
