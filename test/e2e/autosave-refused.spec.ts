import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Autosave never stalls behind a refused save (issue 10): a comment with a NUL character
 * (U+0000), which the server refuses with BAD_USER_INPUT naming `answers[i].comment`, shows its
 * error on its own question while the answers given after it keep saving; after a reload the
 * error is still there, and fixing the comment saves it.
 */

const START = 'mutation Start($input: StartSelfAssessmentInput!) { startSelfAssessment(input: $input) { token } }';
const SESSION = 'query Session($token: String!) { respondentSession(token: $token) { answers { questionId optionId comment } } }';

interface SessionAnswers {
  respondentSession: { answers: Array<{ questionId: string; optionId: string | null; comment: string | null }> };
}

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

async function savedAnswers(token: string): Promise<Map<string, { optionId: string | null; comment: string | null }>> {
  const response = await server.gql<SessionAnswers>(SESSION, { token });
  return new Map((response.data?.respondentSession.answers ?? []).map((a) => [a.questionId, a]));
}

async function statusText(): Promise<string> {
  return (await page.getByTestId('autosave-status').innerText()).trim();
}

async function waitForStatus(text: string | RegExp): Promise<void> {
  await page.getByTestId('autosave-status').filter({ hasText: text }).waitFor();
}

/** Picks a level of a maturity question with the mouse. */
async function chooseLevel(question: Locator, level: number): Promise<void> {
  await question.locator('.options--levels label.option').nth(level).click();
}

describe('a refused save in the wizard', () => {
  it('should show the error on its question and keep saving the other answers', async () => {
    const started = await server.gql<{ startSelfAssessment: { token: string } }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } });
    const token = started.data!.startSelfAssessment.token;
    await page.goto(`${server.url}/r/${token}`);
    const questions = page.locator('section.question');
    // The questions after the first screen render in turn, a frame or two after it.
    await questions.nth(3).waitFor();
    const ids = await questions.evaluateAll((sections) => sections.slice(0, 4).map((s) => s.id.replace(/^q-/, '')));
    expect(ids).toHaveLength(4);

    // The second question gets a level, then a comment with a NUL character in it.
    await chooseLevel(questions.nth(0), 1);
    await chooseLevel(questions.nth(1), 2);
    await waitForStatus('All changes saved');
    const second = questions.nth(1);
    await second.getByRole('button', { name: 'Add a comment' }).click();
    const comment = second.getByRole('textbox');
    await comment.fill('Depends on the unit\u0000 and the season.');
    expect(await comment.inputValue()).toContain('\u0000');

    // Later answers, given while (and after) the comment is refused.
    await chooseLevel(questions.nth(2), 3);
    await chooseLevel(questions.nth(3), 0);
    await waitForStatus('Answers not saved: 1');

    const refused = second.getByTestId('answer-refused');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('NUL');
    expect(await refused.getAttribute('role')).toBe('alert');
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    expect((await comment.getAttribute('aria-describedby'))?.split(' ')).toContain(await refused.getAttribute('id'));
    expect(await page.getByTestId('answer-refused').count()).toBe(1);
    await expectNoAxeViolations(page, 'wizard with a refused comment');

    // The server has every other answer, and the second question without the refused comment.
    let saved = await savedAnswers(token);
    expect(saved.get(ids[0]!)?.optionId).toBe('l1');
    expect(saved.get(ids[1]!)).toEqual({ questionId: ids[1], optionId: 'l2', comment: null });
    expect(saved.get(ids[2]!)?.optionId).toBe('l3');
    expect(saved.get(ids[3]!)?.optionId).toBe('l0');

    // A reload keeps the refused comment on screen (it is not silently dropped), with its error.
    await page.reload();
    await page.getByTestId('answer-refused').waitFor();
    expect(await questions.nth(2).locator('input[value="l3"]').isChecked()).toBe(true);
    expect(await questions.nth(1).getByRole('textbox').inputValue()).toContain('\u0000');
    expect(await statusText()).toContain('Answers not saved: 1');

    // Fixing the comment saves it and clears the error.
    await questions.nth(1).getByRole('textbox').fill('Depends on the unit and the season.');
    await waitForStatus('All changes saved');
    expect(await page.getByTestId('answer-refused').count()).toBe(0);
    saved = await savedAnswers(token);
    expect(saved.get(ids[1]!)?.comment).toBe('Depends on the unit and the season.');
  });
});
