import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { AnswerTally } from './tally-answers.js';
import type { ScoringPlan } from './scoring-plan.js';

/** Unrounded figures derived from a tally; rounding happens once, at the output. */
export interface Aggregates {
  /** Per question 0–100, null when no scored answer (or not a maturity question). */
  questionScore: Array<number | null>;
  dimensionScore: Array<number | null>;
  coverage: number[];
  answeredCount: number[];
  applicableCount: number[];
  /** Weighted mean of the dimensions with a score; null when none has. */
  overall: number | null;
}

/**
 * Question score = mean of the scored answers × 25. Dimension score = mean of its answered
 * maturity questions weighted by question weight; coverage = answered weight ÷ applicable
 * weight, and under 50 % coverage the dimension has no score. Overall = mean of the scored
 * dimensions weighted by dimension weight.
 */
export function aggregateScores(questionnaire: Questionnaire, plan: ScoringPlan, tally: AnswerTally): Aggregates {
  const dimensionCount = questionnaire.dimensions.length;
  const applicableWeight = new Float64Array(dimensionCount);
  const answeredWeight = new Float64Array(dimensionCount);
  const weightedSum = new Float64Array(dimensionCount);
  const answeredCount = new Array<number>(dimensionCount).fill(0);
  const applicableCount = new Array<number>(dimensionCount).fill(0);
  const questionScore = new Array<number | null>(plan.entries.length).fill(null);

  for (let i = 0; i < plan.entries.length; i += 1) {
    if (plan.entries[i]!.question.kind !== 'maturity' || tally.applies[i] === 0) continue;
    const d = plan.dimensionOf[i]!;
    const weight = plan.weightOf[i]!;
    applicableWeight[d]! += weight;
    applicableCount[d]! += 1;
    const count = tally.scoredCount[i]!;
    if (count === 0) continue;
    const score = (tally.levelSum[i]! / count) * 25;
    questionScore[i] = score;
    answeredWeight[d]! += weight;
    weightedSum[d]! += weight * score;
    answeredCount[d]! += 1;
  }

  const coverage: number[] = [];
  const dimensionScore: Array<number | null> = [];
  let overallSum = 0;
  let overallWeight = 0;
  questionnaire.dimensions.forEach((dimension, d) => {
    const cover = applicableWeight[d]! > 0 ? answeredWeight[d]! / applicableWeight[d]! : 0;
    const score = cover >= 0.5 && answeredWeight[d]! > 0 ? weightedSum[d]! / answeredWeight[d]! : null;
    coverage.push(cover);
    dimensionScore.push(score);
    if (score !== null) {
      overallSum += dimension.weight * score;
      overallWeight += dimension.weight;
    }
  });
  const overall = overallWeight > 0 ? overallSum / overallWeight : null;
  return { questionScore, dimensionScore, coverage, answeredCount, applicableCount, overall };
}

/** Plain mean 0–100 of the scored questions carrying `tag`; null when none was answered. */
export function tagMean(plan: ScoringPlan, questionScore: ReadonlyArray<number | null>, tag: string): number | null {
  let sum = 0;
  let count = 0;
  for (const i of plan.questionsByTag.get(tag) ?? []) {
    const score = questionScore[i];
    if (score == null) continue;
    sum += score;
    count += 1;
  }
  return count > 0 ? sum / count : null;
}
