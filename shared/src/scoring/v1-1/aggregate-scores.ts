import type { Questionnaire } from '../../domain/questionnaire.schema.js';
import type { AnswerTally } from '../tally-answers.js';
import type { ScoringPlan } from '../scoring-plan.js';

/**
 * Two readings of the same tally (unrounded):
 * - the **verdict** (scores, level, holism, stage): every respondent a question applies to owes
 *   it an answer, and what is not a level — blank, *not applicable*, *don't know* — counts 0, so
 *   leaving questions out never looks better than answering them at level 0;
 * - the **evidence** (what conditions of flags and recommendations see): level answers only, so
 *   no rule asserts a fact that nobody stated.
 */
export interface Aggregates11 {
  /** Verdict per question 0–100 (null for context questions and questions applying to nobody). */
  questionScore: Array<number | null>;
  /** Evidence per question 0–100: mean of the level answers; null when there are none. */
  questionEvidence: Array<number | null>;
  /** Verdict per dimension; null only when no maturity question of it applies. */
  dimensionScore: Array<number | null>;
  /** Evidence per dimension: level answers only, null under 50 % coverage. */
  dimensionEvidence: Array<number | null>;
  /** Share 0–1 of the applicable weight answered with levels (respondent by respondent). */
  coverage: number[];
  answeredCount: number[];
  applicableCount: number[];
  overall: number | null;
  /** Σ W·coverage ÷ Σ W over dimensions with applicable questions; 0 when none. */
  dataCoverage: number;
}

/** Dimension coverage under which a dimension is reported as "insufficient data". */
export const MIN_COVERAGE = 0.5;

/** Verdict and evidence scores of questions, dimensions and the whole (see `Aggregates11`). */
export function aggregateScores11(questionnaire: Questionnaire, plan: ScoringPlan, tally: AnswerTally): Aggregates11 {
  const dims = questionnaire.dimensions.length;
  const applicableWeight = new Float64Array(dims);
  const levelWeight = new Float64Array(dims);
  const verdictSum = new Float64Array(dims);
  const evidenceWeight = new Float64Array(dims);
  const evidenceSum = new Float64Array(dims);
  const answeredCount = new Array<number>(dims).fill(0);
  const applicableCount = new Array<number>(dims).fill(0);
  const questionScore = new Array<number | null>(plan.entries.length).fill(null);
  const questionEvidence = new Array<number | null>(plan.entries.length).fill(null);

  for (let i = 0; i < plan.entries.length; i += 1) {
    const owed = tally.appliesCount[i]!;
    if (plan.entries[i]!.question.kind !== 'maturity' || owed === 0) continue;
    const d = plan.dimensionOf[i]!;
    const weight = plan.weightOf[i]!;
    const levels = tally.levelCount[i]!;
    const score = (tally.levelSum[i]! / owed) * 25;
    questionScore[i] = score;
    applicableWeight[d]! += weight;
    applicableCount[d]! += 1;
    verdictSum[d]! += weight * score;
    levelWeight[d]! += weight * (levels / owed);
    if (levels === 0) continue;
    const evidence = (tally.levelSum[i]! / levels) * 25;
    questionEvidence[i] = evidence;
    evidenceWeight[d]! += weight;
    evidenceSum[d]! += weight * evidence;
    answeredCount[d]! += 1;
  }

  const coverage: number[] = [];
  const dimensionScore: Array<number | null> = [];
  const dimensionEvidence: Array<number | null> = [];
  let overallSum = 0;
  let overallWeight = 0;
  let coveredWeight = 0;
  questionnaire.dimensions.forEach((dimension, d) => {
    const applies = applicableWeight[d]! > 0;
    const cover = applies ? levelWeight[d]! / applicableWeight[d]! : 0;
    const score = applies ? verdictSum[d]! / applicableWeight[d]! : null;
    coverage.push(cover);
    dimensionScore.push(score);
    dimensionEvidence.push(cover >= MIN_COVERAGE && evidenceWeight[d]! > 0 ? evidenceSum[d]! / evidenceWeight[d]! : null);
    if (score === null) return;
    overallSum += dimension.weight * score;
    overallWeight += dimension.weight;
    coveredWeight += dimension.weight * cover;
  });
  return {
    questionScore,
    questionEvidence,
    dimensionScore,
    dimensionEvidence,
    coverage,
    answeredCount,
    applicableCount,
    overall: overallWeight > 0 ? overallSum / overallWeight : null,
    dataCoverage: overallWeight > 0 ? coveredWeight / overallWeight : 0,
  };
}
