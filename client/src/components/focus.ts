import { nextTick } from 'vue';

/**
 * Focuses the page's `h1` once it is rendered (pages may still be loading their data), polling
 * for up to `timeoutMs`. The heading needs `tabindex="-1"`.
 */
export function focusPageHeading(timeoutMs = 5000): void {
  const started = performance.now();
  const attempt = (): void => {
    const heading = document.querySelector<HTMLElement>('#main h1');
    if (heading) {
      heading.focus({ preventScroll: false });
      return;
    }
    if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  void nextTick(attempt);
}

/** Scrolls to and focuses an element by id (e.g. a question linked from the review page). */
export function focusElementById(id: string, timeoutMs = 5000): void {
  const started = performance.now();
  const attempt = (): void => {
    const target = document.getElementById(id);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      const input = target.querySelector<HTMLElement>('input, textarea, select, button');
      (input ?? target).focus({ preventScroll: true });
      return;
    }
    if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  void nextTick(attempt);
}
