/**
 * Loads the code of the page a user is likely to open next once the browser is idle, so following
 * the link shows it at once (the landing page prefetches the intake, the intake the wizard).
 */
export function prefetchWhenIdle(load: () => Promise<unknown>): void {
  const run = (): void => {
    load().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
