import type { AnswerValue } from '../domain/answer.js';
import { DONT_KNOW_OPTION_ID } from '../domain/answer.js';
import type { Condition } from '../domain/condition.schema.js';
import { meetsComparison } from '../rules/compare.js';
import { scoredLevelOf } from './answer-level.js';

/** One respondent's answer to a question, if any. */
export type AnswerLookup = (questionId: string) => AnswerValue | undefined;

/**
 * What decides whether a question is shown. Content questions and the questions the API sends
 * to the client both fit, so server, scoring and client share one implementation.
 */
export interface AddressableQuestion {
  id: string;
  /** Roles the question is addressed to; absent or empty means every role. */
  roles?: readonly string[] | null;
  showIf?: Condition | null;
}

/**
 * True when a `showIf` condition holds over one respondent's answers. Only `question` leaves
 * (combined with all/any/not) are meaningful while answering; any other fact is unknown and
 * counts as false, and so does anything that is not a condition object.
 */
export function showIfHolds(condition: Condition, answerOf: AnswerLookup): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  if ('all' in condition) return condition.all.every((part) => showIfHolds(part, answerOf));
  if ('any' in condition) return condition.any.some((part) => showIfHolds(part, answerOf));
  if ('not' in condition) return !showIfHolds(condition.not, answerOf);
  if (!('question' in condition)) return false;
  const answer = answerOf(condition.question);
  if (!answer) return false;
  if ('is' in condition) {
    const chosen = answer.optionId;
    return condition.is.some((id) => id === chosen || (answer.optionIds?.includes(id) ?? false));
  }
  if ('score' in condition) return meetsComparison(scoredLevelOf(answer.optionId), condition.score);
  return answer.optionId === DONT_KNOW_OPTION_ID;
}

/** True when `question` is addressed to `role` (no roles, or an empty list, means every role). */
export function isAddressedTo(question: AddressableQuestion, role: string): boolean {
  return !question.roles || question.roles.length === 0 || question.roles.includes(role);
}

/**
 * Ids of the questions a respondent in `role` sees, given the questions in questionnaire order.
 * Visibility cascades: an answer to a question the respondent no longer sees (an earlier answer
 * changed) does not reveal later ones. `showIf` only looks back, so one pass is enough.
 */
export function applicableQuestionIds(
  questions: readonly AddressableQuestion[],
  role: string,
  answers: ReadonlyMap<string, AnswerValue>,
): Set<string> {
  const applicable = new Set<string>();
  const lookup: AnswerLookup = (id) => (applicable.has(id) ? answers.get(id) : undefined);
  for (const question of questions) {
    if (!isAddressedTo(question, role)) continue;
    if (question.showIf != null && !showIfHolds(question.showIf, lookup)) continue;
    applicable.add(question.id);
  }
  return applicable;
}

/** True when the answer carries a choice or text (a comment alone does not count). */
export function hasAnswer(answer: AnswerValue | undefined): boolean {
  if (!answer) return false;
  return answer.optionId != null
    || (answer.optionIds != null && answer.optionIds.length > 0)
    || (answer.text != null && answer.text.trim().length > 0);
}
