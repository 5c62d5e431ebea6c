import type { RespondentAnswers } from '../../domain/answer.js';
import type { Questionnaire } from '../../domain/questionnaire.schema.js';
import type { ConditionFacts, QuestionFacts } from '../../rules/evaluate-condition.js';
import { tagMean } from '../aggregate-scores.js';
import { STAGE_TAGS, customerFocusStageOf } from '../customer-focus.js';
import { fireFlags } from '../fire-rules.js';
import { maturityLevelFor } from '../maturity-levels.js';
import type { AssessmentScore, Confidence, DimensionScore, QuestionScore } from '../result.types.js';
import { round1, round3 } from '../round.js';
import type { ScoringPlan } from '../scoring-plan.js';
import { scoringPlan } from '../scoring-plan.js';
import type { AnswerTally } from '../tally-answers.js';
import { tallyAnswers } from '../tally-answers.js';
import type { Aggregates11 } from './aggregate-scores.js';
import { MIN_COVERAGE, aggregateScores11 } from './aggregate-scores.js';
import { stageProgress } from './customer-focus.js';
import { fireRecommendations11 } from './fire-rules.js';
import { holismIndex11, holismParts } from './holism.js';

/** The scoring version this file implements. */
export const SCORING_VERSION_1_1 = '1.1.0';

const NO_CHOICES: ReadonlySet<string> = new Set();

/**
 * Scoring 1.1.0 (docs/scoring.md, "changes in 1.1"). The verdict — scores, level, holism,
 * customer-focus stage — counts every applicable question each respondent left without a level
 * as 0, so missing, *not applicable* or *don't know* never look better than level 0, and a
 * dimension under 50 % coverage is reported as insufficient data and lowers the confidence.
 * Flags and recommendations see only level answers, so *don't know* feeds the knowledge gap and
 * nothing else. Pure and deterministic, independent of answer order and locale.
 */
export function scoreAssessment11(questionnaire: Questionnaire, respondents: readonly RespondentAnswers[]): AssessmentScore {
  const plan = scoringPlan(questionnaire);
  const tally = tallyAnswers(questionnaire, plan, respondents);
  const agg = aggregateScores11(questionnaire, plan, tally);

  const stageCounts = STAGE_TAGS.map((tag) => countApplicable(plan, agg.questionScore, tag));
  const stageScores = STAGE_TAGS.map((tag) => tagMean(plan, agg.questionScore, tag) ?? 0);
  const stages = stageProgress(stageScores, stageCounts);
  const customerFocusStage = stages.filter((s) => s.reached).length;

  const scored = questionnaire.dimensions.flatMap((d, i) => {
    const score = agg.dimensionScore[i];
    return score == null ? [] : [{ id: d.id, score }];
  });
  const holism = roundOrNull(holismIndex11(scored.map((d) => d.score)));
  const overallScore = roundOrNull(agg.overall);
  const dontKnowShare = tally.totalScored > 0 ? round1((tally.totalDontKnow / tally.totalScored) * 100) : 0;
  const dimensions = dimensionScores(questionnaire, agg);
  const insufficient = dimensions.filter((d) => d.insufficientData).map((d) => d.dimensionId);

  const facts = evidenceFacts(questionnaire, plan, tally, agg);
  const flags = fireFlags(questionnaire, facts);
  const recommendations = fireRecommendations11(questionnaire, plan, agg.dimensionScore, facts);

  return {
    scoringVersion: SCORING_VERSION_1_1,
    overallScore,
    maturityLevel: overallScore === null ? null : maturityLevelFor(overallScore),
    holismIndex: holism,
    customerFocusStage,
    customerFocusStageScores: stages.map((s) => s.score),
    linkageScore: roundOrNull(tagMean(plan, agg.questionScore, 'linkage')),
    dimensions,
    questions: questionScores(plan, tally, agg),
    knowledgeGaps: plan.entries.filter((_, i) => tally.dontKnowCount[i]! > 0).map((e) => e.question.id),
    dontKnowShare,
    flags,
    recommendations,
    dataCoverage: round3(agg.dataCoverage),
    confidence: confidenceOf(agg.dataCoverage, insufficient.length),
    insufficientDataDimensions: insufficient,
    holismParts: holismParts(scored),
    customerFocusStages: stages,
  };
}

/**
 * HIGH: at least 80 % of the weight answered with levels and no dimension short of data;
 * LOW: under 50 %; MEDIUM otherwise.
 */
function confidenceOf(dataCoverage: number, insufficientCount: number): Confidence {
  if (dataCoverage < MIN_COVERAGE) return 'LOW';
  return dataCoverage >= 0.8 && insufficientCount === 0 ? 'HIGH' : 'MEDIUM';
}

function countApplicable(plan: ScoringPlan, questionScore: ReadonlyArray<number | null>, tag: string): number {
  return (plan.questionsByTag.get(tag) ?? []).filter((i) => questionScore[i] != null).length;
}

function roundOrNull(value: number | null | undefined): number | null {
  return value == null ? null : round1(value);
}

/** What conditions see: level answers only (see `Aggregates11`). */
function evidenceFacts(
  questionnaire: Questionnaire,
  plan: ScoringPlan,
  tally: AnswerTally,
  agg: Aggregates11,
): ConditionFacts & { flags: Set<string> } {
  const tags = new Map<string, number | null>();
  for (const tag of plan.questionsByTag.keys()) tags.set(tag, roundOrNull(tagMean(plan, agg.questionEvidence, tag)));
  const evidenceDims = questionnaire.dimensions.flatMap((d, i) => {
    const score = agg.dimensionEvidence[i];
    return score == null ? [] : [{ weight: d.weight, score }];
  });
  const weightSum = evidenceDims.reduce((sum, d) => sum + d.weight, 0);
  const overall = weightSum > 0 ? evidenceDims.reduce((sum, d) => sum + d.weight * d.score, 0) / weightSum : null;
  const stageEvidence = STAGE_TAGS.map((tag) => tags.get(tag) ?? null);
  const questions = new Map<string, QuestionFacts>();
  plan.entries.forEach(({ question }, i) => {
    if (tally.applies[i] === 0) return;
    const levels = tally.levelCount[i]!;
    questions.set(question.id, {
      maturity: levels > 0 ? tally.levelSum[i]! / levels : null,
      dontKnow: tally.dontKnowCount[i]! > 0,
      chosen: tally.chosen[i] ?? NO_CHOICES,
    });
  });
  return {
    questions,
    dimensions: new Map(questionnaire.dimensions.map((d, i) => [d.id, roundOrNull(agg.dimensionEvidence[i])])),
    tags,
    overall: roundOrNull(overall),
    holism: roundOrNull(holismIndex11(evidenceDims.map((d) => d.score))),
    customerFocusStage: stageEvidence[0] == null ? null : customerFocusStageOf(stageEvidence),
    flags: new Set(),
    dontKnowShare: tally.totalScored > 0 ? round1((tally.totalDontKnow / tally.totalScored) * 100) : null,
  };
}

function dimensionScores(questionnaire: Questionnaire, agg: Aggregates11): DimensionScore[] {
  return questionnaire.dimensions.map((dimension, d) => ({
    dimensionId: dimension.id,
    score: roundOrNull(agg.dimensionScore[d]),
    coverage: round3(agg.coverage[d]!),
    insufficientData: agg.coverage[d]! < MIN_COVERAGE,
    answeredCount: agg.answeredCount[d]!,
    applicableCount: agg.applicableCount[d]!,
  }));
}

/** One entry per maturity question that applies to at least one respondent, in questionnaire order. */
function questionScores(plan: ScoringPlan, tally: AnswerTally, agg: Aggregates11): QuestionScore[] {
  const scores: QuestionScore[] = [];
  plan.entries.forEach(({ question, dimension }, i) => {
    if (question.kind !== 'maturity' || tally.applies[i] === 0) return;
    scores.push({
      questionId: question.id,
      dimensionId: dimension.id,
      score: roundOrNull(agg.questionScore[i]),
      answeredBy: tally.scoredCount[i]!,
      dontKnowCount: tally.dontKnowCount[i]!,
      notApplicableCount: tally.notApplicableCount[i]!,
      divergence: tally.levelCount[i]! >= 2 ? (tally.maxLevel[i]! - tally.minLevel[i]!) * 25 : 0,
    });
  });
  return scores;
}
