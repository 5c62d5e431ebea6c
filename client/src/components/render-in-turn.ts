/**
 * Parts of a long page that can wait for its first paint (a report's sections below the first
 * screen) render one per frame afterwards, in document order, instead of all in the task that
 * mounts the page: that task stays short enough to paint the first screen early and not block
 * input (on a mid-range phone the whole results page took ~0.5 s in one task). One part per frame,
 * not per task: parts rendered back to back were laid out together in the next frame, one long
 * task. Everything is in the document a few frames later, so find-in-page, keyboard and screen
 * readers get all of it; printing renders whatever is still waiting first.
 */

import { computed, nextTick, shallowRef } from 'vue';

type Show = () => void;

/** How long to wait for a painted frame before starting anyway: in a hidden tab, and otherwise. */
const HIDDEN_FALLBACK_MS = 100;
const FALLBACK_MS = 3000;

const waiting: Show[] = [];
/** `waiting.length`, reactive. */
const waitingCount = shallowRef(0);
/** True while parts wait for their turn: a report marks itself `aria-busy` meanwhile. */
export const renderingInTurn = computed(() => waitingCount.value > 0);
/** Parts registered while a part renders (its own parts) go before the parts after it. */
let nestedAt: number | null = null;
let scheduled = false;
let printHooked = false;
/** Set by `renderAllNow` until the next task: parts that register meanwhile show at once. */
let showingAll = false;

function schedule(task: () => void): void {
  setTimeout(task, 0);
}

function firstContentfulPaintDone(): boolean {
  return performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint');
}

/**
 * Runs `task` once the next frame is painted: on a page's first load, once its first content is
 * on screen (the `paint` entry comes when the frame is presented, later than the frame's task);
 * after that, in the task after the next frame.
 */
export function afterNextPaint(task: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint') && !firstContentfulPaintDone()) {
    const observer = new PerformanceObserver(() => {
      if (!firstContentfulPaintDone()) return;
      observer.disconnect();
      schedule(run);
    });
    observer.observe({ type: 'paint' });
  } else if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => schedule(run));
  }
  // Frames and paint entries do not come in a hidden tab: start anyway.
  setTimeout(run, typeof document !== 'undefined' && document.visibilityState === 'hidden' ? HIDDEN_FALLBACK_MS : FALLBACK_MS);
}

/** Runs `task` in the task after the next frame, so that each part is laid out in a frame of its own. */
function afterNextFrame(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined' || document.visibilityState === 'hidden') {
    schedule(task);
    return;
  }
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    document.removeEventListener('visibilitychange', run);
    task();
  };
  // A tab hidden meanwhile gets no frames: go on without them.
  document.addEventListener('visibilitychange', run);
  requestAnimationFrame(() => schedule(run));
}

function pump(): void {
  const next = waiting.shift();
  waitingCount.value = waiting.length;
  if (!next) {
    scheduled = false;
    nestedAt = null;
    return;
  }
  // Vue renders the part in this task's microtasks; its own parts register before the next task.
  nestedAt = 0;
  next();
  afterNextFrame(pump);
}

/**
 * Queues `show` to run after the first paint, in its turn (one part per frame). Returns a
 * function that takes it out of the queue (when its component unmounts first).
 */
export function renderInTurn(show: Show): () => void {
  hookPrint();
  if (showingAll) {
    show();
    return () => undefined;
  }
  if (nestedAt === null) waiting.push(show);
  else waiting.splice(nestedAt++, 0, show);
  waitingCount.value = waiting.length;
  if (!scheduled) {
    scheduled = true;
    afterNextPaint(pump);
  }
  return () => {
    const index = waiting.indexOf(show);
    if (index < 0) return;
    waiting.splice(index, 1);
    waitingCount.value = waiting.length;
    if (nestedAt !== null && index < nestedAt) nestedAt--;
  };
}

/**
 * Shows every part still waiting; their own parts, which register while Vue renders them (in
 * this task's microtasks), show at once too.
 */
export function renderAllNow(): void {
  if (!showingAll) {
    showingAll = true;
    setTimeout(() => (showingAll = false), 0);
  }
  while (waiting.length > 0) waiting.shift()!();
  waitingCount.value = 0;
}

/** Shows every waiting part and waits until Vue has rendered them (before printing from a button). */
export async function renderEverything(): Promise<void> {
  do {
    renderAllNow();
    await nextTick();
  } while (waiting.length > 0);
}

/** Printing (the browser's menu or Ctrl+P too) must include the parts not rendered yet. */
function hookPrint(): void {
  if (printHooked || typeof window === 'undefined') return;
  printHooked = true;
  window.addEventListener('beforeprint', renderAllNow);
}

/** How many parts are waiting (for tests). */
export function waitingParts(): number {
  return waiting.length;
}
