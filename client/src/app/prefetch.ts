/**
 * Loads what the page a user is likely to open next needs once the browser is idle, so following
 * the link shows it at once (the landing page prefetches the intake's code, the intake the
 * wizard's code and its questions). Nothing is fetched on speculation for a user whose browser
 * asks to save data (Save-Data): the page then loads what it needs when it is opened.
 */
export function prefetchWhenIdle(load: () => Promise<unknown>): void {
  if (savingData()) return;
  const run = (): void => {
    load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/** `navigator.connection` (Network Information API) is not in every browser, nor in TypeScript's DOM types. */
function savingData(): boolean {
  if (typeof navigator === 'undefined') return false;
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}
