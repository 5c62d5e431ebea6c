import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, signedInPage } from '../helpers/browser.js';
import { type SignedUp } from '../helpers/consultant.js';
import { submittedCheckup } from '../helpers/checkup.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * A consultant downloads a check-up from its page and imports the file again from the clients
 * page: a broken file is refused with its problems, the real one opens as a new check-up.
 */

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consultant: SignedUp;
let assessmentId: string;

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  ({ consultant, assessmentId } = await submittedCheckup(server, { workspaceName: 'Round Trip Partners', clientName: 'Harbour Foods', title: 'Spring check-up', level: 2, label: 'Mia' }));
  browser = await launchChromium();
  ({ context, page } = await signedInPage(browser, server.url, consultant.cookie));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('exporting and importing a check-up in the browser', () => {
  it('should download the JSON file from the check-up page and import it as a new check-up', async () => {
    await page.goto(`${server.url}/console/${consultant.workspaceId}/checkups/${assessmentId}`);
    const link = page.getByTestId('download-csv');
    expect(await link.getAttribute('href')).toBe(`/a/${assessmentId}/export.csv?locale=en`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^harbour-foods-\d{4}-\d{2}-\d{2}\.json$/);
    const file = fs.readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({ format: 'omcheck-checkup', version: 1 });

    await page.goto(`${server.url}/console/${consultant.workspaceId}`);
    await page.getByText('Import a check-up from a file').click();
    const input = page.getByTestId('checkup-import-file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(file.replace('"role": "MANAGEMENT"', '"role": "BOSS"')) });
    const problems = page.getByTestId('checkup-import-errors');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('respondents[0].role');
    await expectNoAxeViolations(page, 'clients with a refused import');

    await input.setInputFiles({ name: 'harbour.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForURL(new RegExp(`/console/${consultant.workspaceId}/checkups/(?!${assessmentId})`));
    await page.getByTestId('checkup-title').filter({ hasText: 'Spring check-up' }).waitFor();
    await page.getByTestId('combined-result').waitFor();
  });
});
