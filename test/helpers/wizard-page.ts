import type { Locator, Page } from 'playwright-core';

/** The heading of the wizard step on screen. */
export async function stepTitle(page: Page): Promise<string> {
  return (await page.getByTestId('step-title').innerText()).trim();
}

/** Waits until the wizard shows another step than the one titled `title`. */
export async function waitForOtherStep(page: Page, title: string): Promise<void> {
  await page.waitForFunction((before) => document.querySelector('[data-testid="step-title"]')?.textContent?.trim() !== before, title);
}

/** Presses "Next section" and waits for the next step (else its questions would be the last step's); its title. */
export async function goToNextStep(page: Page): Promise<string> {
  const before = await stepTitle(page);
  await page.getByRole('button', { name: 'Next section' }).click();
  await waitForOtherStep(page, before);
  return stepTitle(page);
}

/**
 * The first question on screen without an answer yet (no checked option, no text), or null.
 * The locator names the question by its id, not its position, so it keeps pointing at the same
 * question while conditional questions appear above or below it.
 */
export async function firstUnanswered(page: Page): Promise<Locator | null> {
  // Questions below the first screen render just after it (the fieldset is aria-busy meanwhile).
  await page.locator('fieldset.questions:not([aria-busy])').waitFor();
  const questions = page.locator('section.question');
  const count = await questions.count();
  for (let i = 0; i < count; i += 1) {
    const question = questions.nth(i);
    const checked = await question.locator('input:checked').count();
    const textarea = question.locator('textarea.question__text');
    const text = (await textarea.count()) > 0 ? await textarea.inputValue() : '';
    if (checked === 0 && text.trim() === '') {
      const id = await question.getAttribute('id');
      if (!id) throw new Error('a question on screen has no id');
      const stable = page.locator(`section.question[id="${id}"]`);
      // Its controls are in the DOM before anyone decides what kind of question it is.
      await stable.locator('label.option, textarea.question__text').first().waitFor();
      return stable;
    }
  }
  return null;
}
