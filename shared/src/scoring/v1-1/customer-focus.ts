import { CUSTOMER_FOCUS_STAGE_THRESHOLD } from '../maturity-levels.js';
import type { StageProgress } from '../result.types.js';
import { round1 } from '../round.js';

/**
 * The stage-gated customer-focus ladder 1.1 (seed 003): per stage its score (unanswered
 * questions count 0), its distance to the threshold, and whether one answer one level higher
 * would reach it — so a company one step short is told exactly that. The stage reached is the
 * largest k whose stages 1…k all reach the threshold.
 */
export function stageProgress(stageScores: readonly number[], questionCounts: readonly number[]): StageProgress[] {
  let reachedSoFar = true;
  return stageScores.map((raw, k) => {
    const count = questionCounts[k] ?? 0;
    const step = count > 0 ? 25 / count : 25;
    const score = round1(raw);
    const distance = round1(raw - CUSTOMER_FOCUS_STAGE_THRESHOLD);
    reachedSoFar = reachedSoFar && count > 0 && raw >= CUSTOMER_FOCUS_STAGE_THRESHOLD;
    return {
      stage: (k + 1) as 1 | 2 | 3 | 4,
      score,
      threshold: CUSTOMER_FOCUS_STAGE_THRESHOLD,
      distance,
      questionCount: count,
      step: round1(step),
      reached: reachedSoFar,
      withinOneStep: raw < CUSTOMER_FOCUS_STAGE_THRESHOLD && raw + step >= CUSTOMER_FOCUS_STAGE_THRESHOLD,
    };
  });
}
