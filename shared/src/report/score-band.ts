/** Where a 0–100 score falls: below 40, 40–69, 70 and up. */
export type ScoreBand = 'low' | 'mid' | 'high';

/**
 * The band of a 0–100 score, judged on the whole number people see, so a shown "40" is never
 * called weak. Drives colours, the band words and the holism sentence.
 */
export function scoreBand(score: number): ScoreBand {
  const shown = Math.round(score);
  if (shown < 40) return 'low';
  if (shown < 70) return 'mid';
  return 'high';
}

/** A score as a percentage for inline sizes, clamped to 0–100. */
export function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}
