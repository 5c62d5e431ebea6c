import { CUSTOMER_FOCUS_STAGE_THRESHOLD } from './maturity-levels.js';

/** The tags of the customer-focus stages 1–4, in order. */
export const STAGE_TAGS = ['stage-1', 'stage-2', 'stage-3', 'stage-4'] as const;

/**
 * The customer-focus stage 0–4, stage-gated (seed 003): stage k is reached only when the
 * questions of every stage 1…k average at least the threshold. A stage without answers stops
 * the climb, so later practices without the earlier ones do not count.
 * `stageScores[k - 1]` is the mean score 0–100 of the `stage-k` questions, or null.
 */
export function customerFocusStageOf(stageScores: readonly (number | null)[]): number {
  let stage = 0;
  for (const score of stageScores.slice(0, STAGE_TAGS.length)) {
    if (score === null || score < CUSTOMER_FOCUS_STAGE_THRESHOLD) break;
    stage += 1;
  }
  return stage;
}
