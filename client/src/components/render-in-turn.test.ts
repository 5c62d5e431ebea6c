import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('./render-in-turn');

/** A fresh queue per test (the module keeps one for the page). */
async function load(): Promise<Module> {
  vi.resetModules();
  return import('./render-in-turn');
}

/** Runs the next `count` timer tasks. */
async function tasks(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await vi.advanceTimersToNextTimerAsync();
}

describe('renderInTurn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should show nothing in the task that registers, then one part per task in order where there are no frames', async () => {
    const { renderInTurn, waitingParts } = await load();
    const shown: string[] = [];
    for (const name of ['a', 'b', 'c']) renderInTurn(() => shown.push(name));
    expect(shown).toEqual([]);
    // Without frames (no DOM here), the fallback delay stands for the first paint.
    await vi.advanceTimersByTimeAsync(3000);
    expect(shown).toEqual(['a']);
    await tasks(1);
    expect(shown).toEqual(['a', 'b']);
    await tasks(1);
    expect(shown).toEqual(['a', 'b', 'c']);
    expect(waitingParts()).toBe(0);
  });

  it('should lay out each part in a frame of its own: the next part waits for the frame after it', async () => {
    const frames: FrameRequestCallback[] = [];
    const listeners = new Set<() => void>();
    const page = { visibilityState: 'visible', addEventListener: (_: string, f: () => void) => listeners.add(f), removeEventListener: (_: string, f: () => void) => listeners.delete(f) };
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('document', page);
    try {
      const { renderInTurn } = await load();
      const shown: string[] = [];
      for (const name of ['a', 'b', 'c']) renderInTurn(() => shown.push(name));
      /** The browser paints a frame: its callbacks run, the task after it follows. */
      const frame = async (): Promise<void> => {
        for (const callback of frames.splice(0)) callback(0);
        await tasks(1);
      };
      await frame();
      expect(shown).toEqual(['a']);
      // Tasks without a frame in between render nothing more.
      await vi.advanceTimersByTimeAsync(1000);
      expect(shown).toEqual(['a']);
      await frame();
      expect(shown).toEqual(['a', 'b']);
      // A tab hidden meanwhile gets no frames: the parts go on without them.
      page.visibilityState = 'hidden';
      for (const listener of [...listeners]) listener();
      expect(shown).toEqual(['a', 'b', 'c']);
      expect(listeners.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('should put the parts a part registers while it renders before the parts after it', async () => {
    const { renderInTurn } = await load();
    const shown: string[] = [];
    renderInTurn(() => {
      shown.push('section');
      // Vue renders the section in this task's microtasks; its cards register then.
      queueMicrotask(() => {
        renderInTurn(() => shown.push('card 1'));
        renderInTurn(() => shown.push('card 2'));
      });
    });
    renderInTurn(() => shown.push('next section'));
    await vi.advanceTimersByTimeAsync(3000);
    await tasks(3);
    expect(shown).toEqual(['section', 'card 1', 'card 2', 'next section']);
  });

  it('should not show a part taken out of the queue', async () => {
    const { renderInTurn } = await load();
    const shown: string[] = [];
    renderInTurn(() => shown.push('a'));
    const cancel = renderInTurn(() => shown.push('b'));
    renderInTurn(() => shown.push('c'));
    cancel();
    await vi.advanceTimersByTimeAsync(3000);
    await tasks(3);
    expect(shown).toEqual(['a', 'c']);
  });

  it('should show every waiting part at once for printing, and parts registering meanwhile too', async () => {
    const { renderInTurn, renderAllNow, waitingParts } = await load();
    const shown: string[] = [];
    renderInTurn(() => {
      shown.push('section');
      queueMicrotask(() => renderInTurn(() => shown.push('card')));
    });
    renderInTurn(() => shown.push('last'));
    renderAllNow();
    expect(shown).toEqual(['section', 'last']);
    await Promise.resolve();
    expect(shown).toEqual(['section', 'last', 'card']);
    expect(waitingParts()).toBe(0);
    // Once printing is over, parts wait for their turn again.
    await tasks(2);
    renderInTurn(() => shown.push('later'));
    expect(shown).not.toContain('later');
  });
});
