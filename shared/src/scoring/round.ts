// The tiny nudge makes exact halves round up even when floating point lands a hair below
// (0.6 × 0.25 × 0.75 × 100 = 11.249999…); every value rounded here is ≥ 0 and ≤ 100.
const NUDGE = 1e-9;

/** Rounds a non-negative figure (score, priority) to one decimal, halves up. */
export function round1(value: number): number {
  return Math.round(value * 10 + NUDGE) / 10;
}

/** Rounds a 0–1 ratio (coverage) to three decimals, halves up. */
export function round3(value: number): number {
  return Math.round(value * 1000 + NUDGE) / 1000;
}
