import type { RespondentAnswers } from '../domain/answer.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { ConditionFacts, QuestionFacts } from '../rules/evaluate-condition.js';
import type { AnswerTally } from './tally-answers.js';
import type { Aggregates } from './aggregate-scores.js';
import type { ScoringPlan } from './scoring-plan.js';
import type { AssessmentScore, DimensionScore, QuestionScore } from './result.types.js';
import { aggregateScores, tagMean } from './aggregate-scores.js';
import { customerFocusStageOf, STAGE_TAGS } from './customer-focus.js';
import { fireFlags, fireRecommendations } from './fire-rules.js';
import { holismIndex } from './holism.js';
import { maturityLevelFor } from './maturity-levels.js';
import { round1, round3 } from './round.js';
import { scoringPlan } from './scoring-plan.js';
import { tallyAnswers } from './tally-answers.js';

const NO_CHOICES: ReadonlySet<string> = new Set();

/** The scoring version this file implements; frozen: stored 1.0.0 results must reproduce. */
export const SCORING_VERSION_1_0 = '1.0.0';

/**
 * Scoring 1.0.0, kept unchanged so stored 1.0.0 results re-score identically (docs/scoring.md
 * describes 1.0 and what changed in 1.1). Scores an assessment (DESIGN §4): question, dimension and overall
 * scores with coverage, maturity level, holism index, stage-gated customer-focus stage, knowledge
 * gaps, then flags and prioritised recommendations. Pure and deterministic: the result does not
 * depend on the order of respondents or answers, nor on any locale. A question counts when it is
 * addressed to and visible for at least one respondent; hidden answers are ignored.
 */
export function scoreAssessment10(questionnaire: Questionnaire, respondents: readonly RespondentAnswers[]): AssessmentScore {
  const plan = scoringPlan(questionnaire);
  const tally = tallyAnswers(questionnaire, plan, respondents);
  const aggregates = aggregateScores(questionnaire, plan, tally);

  const tags = new Map<string, number | null>();
  for (const tag of plan.questionsByTag.keys()) tags.set(tag, roundOrNull(tagMean(plan, aggregates.questionScore, tag)));
  const customerFocusStage = customerFocusStageOf(STAGE_TAGS.map((tag) => tags.get(tag) ?? null));
  const scoredDimensions = aggregates.dimensionScore.filter((s): s is number => s !== null);
  const holism = roundOrNull(holismIndex(tagMean(plan, aggregates.questionScore, 'linkage'), scoredDimensions));
  const overallScore = roundOrNull(aggregates.overall);
  const dontKnowShare = tally.totalScored > 0 ? round1((tally.totalDontKnow / tally.totalScored) * 100) : 0;

  const facts: ConditionFacts & { flags: Set<string> } = {
    questions: questionFacts(plan, tally),
    dimensions: new Map(questionnaire.dimensions.map((d, i) => [d.id, roundOrNull(aggregates.dimensionScore[i] ?? null)])),
    tags,
    overall: overallScore,
    holism,
    // No stage-1 answer means no data on customer focus, not "stage 0": rules must not fire on it.
    customerFocusStage: tags.get(STAGE_TAGS[0]) == null ? null : customerFocusStage,
    flags: new Set(),
    dontKnowShare: tally.totalScored > 0 ? dontKnowShare : null,
  };
  const flags = fireFlags(questionnaire, facts);
  const recommendations = fireRecommendations(questionnaire, plan, aggregates.dimensionScore, facts);

  return {
    scoringVersion: SCORING_VERSION_1_0,
    overallScore,
    maturityLevel: overallScore === null ? null : maturityLevelFor(overallScore),
    holismIndex: holism,
    customerFocusStage,
    customerFocusStageScores: STAGE_TAGS.map((tag) => tags.get(tag) ?? null),
    linkageScore: roundOrNull(tagMean(plan, aggregates.questionScore, 'linkage')),
    dimensions: dimensionScores(questionnaire, aggregates),
    questions: questionScores(plan, tally, aggregates),
    knowledgeGaps: plan.entries.filter((_, i) => tally.dontKnowCount[i]! > 0).map((e) => e.question.id),
    dontKnowShare,
    flags,
    recommendations,
  };
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round1(value);
}

function dimensionScores(questionnaire: Questionnaire, aggregates: Aggregates): DimensionScore[] {
  return questionnaire.dimensions.map((dimension, d) => {
    const score = aggregates.dimensionScore[d] ?? null;
    return {
      dimensionId: dimension.id,
      score: roundOrNull(score),
      coverage: round3(aggregates.coverage[d]!),
      insufficientData: score === null,
      answeredCount: aggregates.answeredCount[d]!,
      applicableCount: aggregates.applicableCount[d]!,
    };
  });
}

/** One entry per maturity question that applies to at least one respondent, in questionnaire order. */
function questionScores(plan: ScoringPlan, tally: AnswerTally, aggregates: Aggregates): QuestionScore[] {
  const scores: QuestionScore[] = [];
  plan.entries.forEach(({ question, dimension }, i) => {
    if (question.kind !== 'maturity' || tally.applies[i] === 0) return;
    scores.push({
      questionId: question.id,
      dimensionId: dimension.id,
      score: roundOrNull(aggregates.questionScore[i] ?? null),
      answeredBy: tally.scoredCount[i]!,
      dontKnowCount: tally.dontKnowCount[i]!,
      notApplicableCount: tally.notApplicableCount[i]!,
      divergence: tally.levelCount[i]! >= 2 ? (tally.maxLevel[i]! - tally.minLevel[i]!) * 25 : 0,
    });
  });
  return scores;
}

/** What conditions may ask about each question that applies to someone. */
function questionFacts(plan: ScoringPlan, tally: AnswerTally): Map<string, QuestionFacts> {
  const facts = new Map<string, QuestionFacts>();
  plan.entries.forEach(({ question }, i) => {
    if (tally.applies[i] === 0) return;
    const count = tally.scoredCount[i]!;
    facts.set(question.id, {
      maturity: count > 0 ? tally.levelSum[i]! / count : null,
      dontKnow: tally.dontKnowCount[i]! > 0,
      chosen: tally.chosen[i] ?? NO_CHOICES,
    });
  });
  return facts;
}
