import type { AnswerValue } from '../domain/answer.js';
import { DONT_KNOW_OPTION_ID } from '../domain/answer.js';
import type { Condition } from '../domain/condition.schema.js';
import type { Question, Questionnaire } from '../domain/questionnaire.schema.js';
import type { RespondentRole } from '../domain/vocabulary.js';
import { questionIndex, questionsInOrder } from '../domain/question-index.js';
import { meetsComparison } from '../rules/compare.js';
import { scoredLevelOf } from './answer-level.js';

type AnswerLookup = (questionId: string) => AnswerValue | undefined;

/**
 * Whether a question is shown to one respondent, given that respondent's answers: true without
 * `showIf`. In `showIf` only `question` conditions (combined with all/any/not) are meaningful;
 * any other fact is unknown while answering and counts as false.
 */
export function isQuestionVisibleFor(question: Question, answers: ReadonlyMap<string, AnswerValue>): boolean {
  return question.showIf === undefined || holdsFor(question.showIf, (id) => answers.get(id));
}

/** True when `question` is addressed to `role` (no `roles` means every role). */
export function isAddressedTo(question: Question, role: RespondentRole): boolean {
  return question.roles === undefined || question.roles.includes(role);
}

/**
 * The questions a respondent in `role` sees, in questionnaire order: addressed to the role and
 * visible. Visibility cascades: an answer to a question the respondent no longer sees (an
 * earlier answer changed) does not make later questions visible.
 */
export function applicableQuestions(
  questionnaire: Questionnaire,
  role: RespondentRole,
  answers: ReadonlyMap<string, AnswerValue>,
): Question[] {
  const mask = applicabilityMask(questionnaire, role, answers);
  return questionsInOrder(questionnaire).filter((_, i) => mask[i] === 1).map((entry) => entry.question);
}

/** Per question in questionnaire order: 1 when it applies to this respondent, else 0. */
export function applicabilityMask(
  questionnaire: Questionnaire,
  role: RespondentRole,
  answers: ReadonlyMap<string, AnswerValue>,
): Uint8Array {
  const entries = questionsInOrder(questionnaire);
  const mask = new Uint8Array(entries.length);
  const index = questionIndex(questionnaire);
  // showIf only looks back, so the mask is complete for every question a condition can name.
  const lookup: AnswerLookup = (id) => {
    const entry = index.get(id);
    return entry !== undefined && mask[entry.order] === 1 ? answers.get(id) : undefined;
  };
  for (let i = 0; i < entries.length; i += 1) {
    const question = entries[i]!.question;
    if (!isAddressedTo(question, role)) continue;
    if (question.showIf !== undefined && !holdsFor(question.showIf, lookup)) continue;
    mask[i] = 1;
  }
  return mask;
}

function holdsFor(condition: Condition, answerOf: AnswerLookup): boolean {
  if ('all' in condition) return condition.all.every((part) => holdsFor(part, answerOf));
  if ('any' in condition) return condition.any.some((part) => holdsFor(part, answerOf));
  if ('not' in condition) return !holdsFor(condition.not, answerOf);
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
