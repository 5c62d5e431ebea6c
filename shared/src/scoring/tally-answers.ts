import type { RespondentAnswers } from '../domain/answer.js';
import { DONT_KNOW_OPTION_ID, NOT_APPLICABLE_OPTION_ID } from '../domain/answer.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { ScoringPlan } from './scoring-plan.js';
import { scoredLevelOf } from './answer-level.js';
import { applicabilityMask } from './visibility.js';

/**
 * Per-question sums over the respondents a question applies to, in questionnaire order.
 * Levels are small integers, so every sum is exact and independent of respondent order.
 */
export interface AnswerTally {
  /** 1 when the question applies to at least one respondent. */
  applies: Uint8Array;
  /** How many respondents the question applies to (each owes it an answer). */
  appliesCount: Int32Array;
  /** Sum of scored levels (*don't know* = 0). */
  levelSum: Int32Array;
  /** Scored answers: levels and *don't know*. */
  scoredCount: Int32Array;
  /** Level answers only (opinions; used for divergence). */
  levelCount: Int32Array;
  minLevel: Int8Array;
  maxLevel: Int8Array;
  dontKnowCount: Int32Array;
  notApplicableCount: Int32Array;
  /** Option ids chosen per question, by any respondent it applies to. */
  chosen: Array<Set<string> | undefined>;
  totalScored: number;
  totalDontKnow: number;
}

/** Adds up every respondent's answers to the questions that apply to them. */
export function tallyAnswers(
  questionnaire: Questionnaire,
  plan: ScoringPlan,
  respondents: readonly RespondentAnswers[],
): AnswerTally {
  const n = plan.entries.length;
  const tally: AnswerTally = {
    applies: new Uint8Array(n),
    appliesCount: new Int32Array(n),
    levelSum: new Int32Array(n),
    scoredCount: new Int32Array(n),
    levelCount: new Int32Array(n),
    minLevel: new Int8Array(n).fill(4),
    maxLevel: new Int8Array(n),
    dontKnowCount: new Int32Array(n),
    notApplicableCount: new Int32Array(n),
    chosen: new Array<Set<string> | undefined>(n),
    totalScored: 0,
    totalDontKnow: 0,
  };
  for (const respondent of respondents) {
    const mask = applicabilityMask(questionnaire, respondent.role, respondent.answers);
    for (let i = 0; i < n; i += 1) {
      if (mask[i] === 0) continue;
      tally.applies[i] = 1;
      tally.appliesCount[i]! += 1;
      const question = plan.entries[i]!.question;
      const answer = respondent.answers.get(question.id);
      if (!answer) continue;
      if (answer.optionId != null) (tally.chosen[i] ??= new Set()).add(answer.optionId);
      if (answer.optionIds) for (const id of answer.optionIds) (tally.chosen[i] ??= new Set()).add(id);
      if (question.kind === 'maturity') addMaturity(tally, i, answer.optionId);
    }
  }
  return tally;
}

function addMaturity(tally: AnswerTally, i: number, optionId: string | null | undefined): void {
  if (optionId === NOT_APPLICABLE_OPTION_ID) {
    tally.notApplicableCount[i]! += 1;
    return;
  }
  const level = scoredLevelOf(optionId);
  if (level === null) return;
  tally.scoredCount[i]! += 1;
  tally.levelSum[i]! += level;
  tally.totalScored += 1;
  if (optionId === DONT_KNOW_OPTION_ID) {
    tally.dontKnowCount[i]! += 1;
    tally.totalDontKnow += 1;
    return;
  }
  tally.levelCount[i]! += 1;
  if (level < tally.minLevel[i]!) tally.minLevel[i] = level;
  if (level > tally.maxLevel[i]!) tally.maxLevel[i] = level;
}
