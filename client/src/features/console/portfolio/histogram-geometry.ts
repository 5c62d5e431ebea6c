/**
 * Bars of the portfolio's distribution chart. The scale's top is a round number at or above
 * the tallest bar, so the grid lines read as whole counts.
 */

/** The smallest of 1, 2, 5, 10, 20, 50 … that is at least `max` (at least 1). */
export function niceCeiling(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Grid values from 0 to `top` (a `niceCeiling`) in round whole steps, at most `lines` steps. */
export function gridValues(top: number, lines = 5): number[] {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, top))) - 1);
  const step = [1, 2, 5, 10, 20, 50].map((s) => s * magnitude).find((s) => top / s <= lines && top % s === 0) ?? top;
  const values: number[] = [];
  for (let value = 0; value <= top; value += step) values.push(value);
  return values;
}

/** Each count's bar height out of `height`, against the chart's top value. */
export function barHeights(counts: readonly number[], height: number): { top: number; heights: number[] } {
  const top = niceCeiling(Math.max(0, ...counts));
  return { top, heights: counts.map((count) => Math.round((Math.max(0, count) / top) * height * 100) / 100) };
}
