import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, signedInPage } from '../helpers/browser.js';
import { CREATE_ASSESSMENT, CREATE_ORGANIZATION, SET_ASSESSMENT_SETTINGS } from '../helpers/consultant-operations.js';
import { type SignedUp, dataOf, signUp } from '../helpers/consultant.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Workshop mode as a consultant runs it in a room: the facilitator's screen on a projector and
 * three phones (separate browser contexts, three roles, one of them in Persian). The room goes
 * through three questions — votes (one changed), the live count, reveal, the distribution per
 * option and per role group, the consensus (one with a note) — then the workshop ends and the
 * check-up shows the consensus result and the gaps between the voters' role groups.
 */

const PERSIAN = /[\u0600-\u06FF]/;

interface Phone {
  role: 'MANAGEMENT' | 'SALES' | 'OPERATIONS';
  context: BrowserContext;
  page: Page;
}

let server: TestServer;
let browser: Browser;
let consultant: SignedUp;
let assessmentId: string;
let facilitatorContext: BrowserContext;
let screen: Page;
const phones: Phone[] = [];

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  consultant = await signUp(server, { name: 'Dana de Vries', workspaceName: 'Bright Harbour Advisory' });
  const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
    input: { workspaceId: consultant.workspaceId, name: 'Rossi Food S.r.l.' },
  })).createOrganization.id;
  assessmentId = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
    input: { organizationId, title: 'Workshop check-up', locale: 'EN' },
  })).createAssessment.id;
  // One voter per role: with a minimum group size of 1 every role group shows on its own.
  dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, { input: { assessmentId, minGroupSize: 1 } }));

  browser = await launchChromium();
  ({ context: facilitatorContext, page: screen } = await signedInPage(browser, server.url, consultant.cookie));
  await screen.setViewportSize({ width: 1280, height: 720 });
});

afterAll(async () => {
  for (const phone of phones) await phone.context.close();
  await facilitatorContext?.close();
  await browser?.close();
  await server?.close();
});

async function openPhone(role: Phone['role'], locale: string): Promise<Phone> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const phone = { role, context, page };
  phones.push(phone);
  return phone;
}

const phase = (page: Page, value: string) => page.locator(`[data-testid="workshop-participant"][data-phase="${value}"]`).waitFor();
const voteCount = (count: number) => screen.locator(`[data-testid="workshop-vote-count"][data-count="${count}"]`).waitFor();
const currentQuestionId = async (): Promise<string> => (await screen.getByTestId('workshop-question').getAttribute('data-question-id'))!;

/** Votes for the `index`-th option on a phone and waits until the server has it. */
async function vote(phone: Phone, index: number): Promise<void> {
  const option = phone.page.getByTestId('workshop-option').nth(index);
  await option.click();
  // Saved means acknowledged by the server for exactly this option (a changed vote included).
  await option.and(phone.page.locator('[data-saved="true"]')).waitFor();
  await phone.page.locator('[data-testid="workshop-vote-status"][data-state="saved"]').waitFor();
}

/** Waits until every phone shows the facilitator's current question, open for votes. */
async function phonesOnQuestion(prompt: string): Promise<void> {
  for (const phone of phones) {
    await phase(phone.page, 'voting');
    if (phone.role !== 'OPERATIONS') expect((await phone.page.getByTestId('workshop-phone-prompt').innerText()).trim()).toBe(prompt);
  }
}

/** Reveals, checks the distribution per option and per role group, and records the consensus. */
async function revealAndAgree(options: { byKey: boolean; votes: number[]; agreed: number; note?: string }): Promise<void> {
  if (options.byKey) {
    await screen.locator('body').click({ position: { x: 5, y: 5 } });
    await screen.keyboard.press('r');
  } else {
    await screen.getByTestId('workshop-reveal').click();
  }
  await screen.getByTestId('workshop-distribution').waitFor();
  const counts = (await screen.getByTestId('workshop-distribution-count').allInnerTexts()).map(Number);
  expect(counts.slice(0, options.votes.length)).toEqual(options.votes);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  expect(await screen.getByTestId('workshop-role-row').count()).toBe(3);
  expect(await screen.getByTestId('workshop-spread').innerText()).toMatch(/standard deviation/);
  for (const phone of phones) await phase(phone.page, 'closed');

  await screen.locator('[data-testid="workshop-consensus-form"] label').nth(options.agreed).click();
  if (options.note) await screen.getByTestId('workshop-consensus-note').fill(options.note);
  await screen.getByTestId('workshop-consensus-record').click();
  await screen.locator('[data-testid="workshop-question-link"][aria-current="step"]').filter({ hasText: 'Consensus recorded' }).waitFor();
  await phones[0]!.page.getByTestId('workshop-phone-consensus').waitFor();
}

// Four browsers and axe on every state: slow on a shared machine.
const SLOW = { timeout: 240_000 };

describe('a workshop', () => {
  it('should be started from the check-up page and joined from three phones', SLOW, async () => {
    await screen.goto(`${server.url}/console/${consultant.workspaceId}/checkups/${assessmentId}`);
    await screen.getByTestId('run-workshop').click();
    await screen.getByTestId('workshop-question').waitFor();
    const code = (await screen.getByTestId('workshop-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(await screen.getByTestId('workshop-url').innerText()).toBe(`${server.url}/w/${code}`);
    expect(await screen.getByTestId('workshop-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await screen.locator('[data-testid="workshop-connection"][data-state="live"]').waitFor();
    await expectNoAxeViolations(screen, 'the facilitator screen before anyone joined');

    const management = await openPhone('MANAGEMENT', 'en-GB');
    const sales = await openPhone('SALES', 'en-GB');
    const operations = await openPhone('OPERATIONS', 'fa-IR');
    for (const phone of [management, sales, operations]) {
      // Codes are case-insensitive: the room may type it in lower case.
      await phone.page.goto(`${server.url}/w/${code.toLowerCase()}`);
      await phone.page.getByTestId('workshop-join-form').waitFor();
    }
    expect(await operations.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await operations.page.getByTestId('workshop-join').innerText()).toMatch(PERSIAN);
    await expectNoAxeViolations(operations.page, 'the Persian join page on a phone');

    for (const phone of [management, sales, operations]) {
      await phone.page.getByTestId(`workshop-role-${phone.role}`).check();
      await phone.page.getByTestId('workshop-join').click();
    }
    await screen.locator('[data-testid="workshop-participants"]').filter({ hasText: '3 participants' }).waitFor();
    expect(await screen.getByTestId('workshop-role-count').count()).toBe(3);

    // A reload keeps the same participant: still three.
    await sales.page.reload();
    await phase(sales.page, 'voting');
    expect(await screen.getByTestId('workshop-participants').innerText()).toContain('3 participants');
  });

  it('should take votes live, reveal them, and record the consensus on three questions', SLOW, async () => {
    const [management, sales, operations] = phones as [Phone, Phone, Phone];
    const prompt = (await screen.locator('#workshop-question-title').innerText()).trim();
    await phonesOnQuestion(prompt);
    expect(await operations.page.getByTestId('workshop-phone-prompt').innerText()).toMatch(PERSIAN);
    expect(await operations.page.getByTestId('workshop-phone-number').innerText()).toMatch(/۱/);
    // A phone switched to another language after joining shows the question in it too, not only its buttons.
    const promptShown = (english: string, lang: string, same: boolean) =>
      sales.page.waitForFunction(([english, lang, same]) => {
        const shown = document.querySelector('[data-testid="workshop-phone-prompt"]')?.textContent?.trim();
        return document.documentElement.lang === lang && !!shown && (shown === english) === same;
      }, [english, lang, same] as const);
    await sales.page.locator('select[data-language-switcher]').selectOption('it');
    await promptShown(prompt, 'it', false);
    await sales.page.locator('select[data-language-switcher]').selectOption('en');
    await promptShown(prompt, 'en', true);
    await expectNoAxeViolations(management.page, 'a phone with an open question');
    await expectNoAxeViolations(operations.page, 'a Persian phone with an open question');

    // Question 1: management changes its mind; three votes, not four.
    await vote(management, 0);
    await voteCount(1);
    await vote(management, 2);
    await vote(sales, 2);
    await vote(operations, 3);
    await voteCount(3);
    await expectNoAxeViolations(screen, 'the facilitator screen with live votes');
    await revealAndAgree({ byKey: true, votes: [0, 0, 2, 1], agreed: 2, note: 'Written down, but only the board has read it.' });
    await expectNoAxeViolations(screen, 'the facilitator screen after the reveal and the consensus');
    await expectNoAxeViolations(operations.page, 'a Persian phone after the reveal');

    // Jump to question 3 from the list.
    const first = await currentQuestionId();
    await screen.getByTestId('workshop-question-link').nth(2).click();
    await screen.locator('[data-testid="workshop-question-link"][aria-current="step"]').filter({ hasText: '3' }).waitFor();
    expect(await currentQuestionId()).not.toBe(first);
    expect(await screen.evaluate(() => document.activeElement?.id)).toBe('workshop-question-title');
    await phonesOnQuestion((await screen.locator('#workshop-question-title').innerText()).trim());
    await vote(management, 1);
    await vote(sales, 3);
    await vote(operations, 3);
    await voteCount(3);
    await revealAndAgree({ byKey: false, votes: [0, 1, 0, 2], agreed: 3 });

    // On to question 4 with the Next key.
    await screen.locator('body').click({ position: { x: 5, y: 5 } });
    await screen.keyboard.press('n');
    await screen.locator('[data-testid="workshop-counter"]').filter({ hasText: 'Question 4 of' }).waitFor();
    await phonesOnQuestion((await screen.locator('#workshop-question-title').innerText()).trim());
    await vote(management, 4);
    await vote(sales, 1);
    // A phone that loses the network keeps its vote and sends it once it is back: counted once.
    await operations.context.setOffline(true);
    await operations.page.getByTestId('workshop-option').nth(2).click();
    await operations.page.locator('[data-testid="workshop-vote-status"][data-state="offline"]').waitFor();
    await voteCount(2);
    await operations.context.setOffline(false);
    await operations.page.getByTestId('workshop-option').nth(2).and(operations.page.locator('[data-saved="true"]')).waitFor();
    await voteCount(3);
    await operations.page.locator('[data-testid="workshop-connection"][data-state="live"]').waitFor();
    await revealAndAgree({ byKey: false, votes: [0, 1, 1, 0, 1], agreed: 2, note: undefined });
  });

  it('should end, thank the phones, and show the consensus and the role groups\' gaps in the check-up', SLOW, async () => {
    await screen.getByTestId('workshop-end').click();
    await screen.getByTestId('workshop-end-confirm').click();
    await screen.getByTestId('workshop-ended').waitFor();
    for (const phone of phones) await phone.page.getByTestId('workshop-thanks').waitFor();
    await expectNoAxeViolations(phones[2]!.page, 'the Persian thank-you page');
    await expectNoAxeViolations(screen, 'the facilitator screen after the end');

    await screen.getByTestId('workshop-results-link').click();
    await screen.getByTestId('result-view-choice').waitFor();
    await screen.getByTestId('team-results').waitFor();
    // The voters' role groups: one row each, and the gap between them on the area voted on.
    for (const role of ['MANAGEMENT', 'SALES', 'OPERATIONS']) await screen.getByTestId(`heat-row-${role}`).waitFor();
    expect(await screen.getByTestId('dimension-gaps').innerText()).not.toBe('');

    await screen.getByTestId('result-view-consensus').check();
    const consensus = screen.getByTestId('consensus-result');
    await consensus.waitFor();
    expect(await consensus.innerText()).toContain('3 questions');
    await screen.getByTestId('result-view-both').check();
    await screen.locator('[data-testid="consensus-result"][data-mode="side-by-side"]').waitFor();
    expect(await screen.getByTestId('individual-overall').count()).toBe(1);
    await expectNoAxeViolations(screen, 'the check-up with the consensus beside the individual answers');
  });
});
