import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchWhenIdle } from './prefetch';

/** A browser whose idle callbacks run at once, with or without Save-Data. */
function browser(saveData: boolean | undefined): void {
  vi.stubGlobal('navigator', saveData === undefined ? {} : { connection: { saveData } });
  vi.stubGlobal('requestIdleCallback', (run: () => void) => run());
}

describe('prefetchWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should load when the browser is idle', () => {
    browser(false);
    const load = vi.fn(() => Promise.resolve());
    prefetchWhenIdle(load);
    expect(load).toHaveBeenCalledOnce();
  });

  it('should load where the browser does not say whether to save data', () => {
    browser(undefined);
    const load = vi.fn(() => Promise.resolve());
    prefetchWhenIdle(load);
    expect(load).toHaveBeenCalledOnce();
  });

  it('should fetch nothing on speculation when the browser asks to save data', () => {
    browser(true);
    const load = vi.fn(() => Promise.resolve());
    prefetchWhenIdle(load);
    expect(load).not.toHaveBeenCalled();
  });
});
