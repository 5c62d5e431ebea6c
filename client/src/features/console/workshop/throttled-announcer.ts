/**
 * Announces changing text (the live vote count) at most once per `intervalMs`: the first change
 * at once, later ones folded into one announcement of the latest text when the interval ends,
 * so a screen reader hears "7 votes" rather than every vote as it comes in.
 */
export interface ThrottledAnnouncer {
  push(text: string): void;
  dispose(): void;
}

export function createThrottledAnnouncer(
  announce: (text: string) => void,
  intervalMs: number,
  clock: { now(): number; setTimer(fn: () => void, ms: number): unknown; clearTimer(handle: unknown): void } = {
    now: () => Date.now(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): ThrottledAnnouncer {
  let last = -Infinity;
  let lastText: string | null = null;
  let waiting: string | null = null;
  let timer: unknown = null;

  const fire = (text: string): void => {
    last = clock.now();
    if (text === lastText) return;
    lastText = text;
    announce(text);
  };

  return {
    push(text) {
      const since = clock.now() - last;
      if (timer === null && since >= intervalMs) return fire(text);
      waiting = text;
      timer ??= clock.setTimer(() => {
        timer = null;
        if (waiting !== null) fire(waiting);
        waiting = null;
      }, Math.max(0, intervalMs - since));
    },
    dispose() {
      if (timer !== null) clock.clearTimer(timer);
      timer = null;
    },
  };
}
