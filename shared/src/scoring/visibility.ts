import type { AnswerValue } from '../domain/answer.js';
import type { Question, Questionnaire } from '../domain/questionnaire.schema.js';
import type { RespondentRole } from '../domain/vocabulary.js';
import { questionsInOrder } from '../domain/question-index.js';
import { applicableQuestionIds, showIfHolds } from './applicability.js';

/**
 * Whether a question is shown to one respondent, given that respondent's answers: true without
 * `showIf` (see `showIfHolds`).
 */
export function isQuestionVisibleFor(question: Question, answers: ReadonlyMap<string, AnswerValue>): boolean {
  return question.showIf === undefined || showIfHolds(question.showIf, (id) => answers.get(id));
}

/**
 * The questions a respondent in `role` sees, in questionnaire order: addressed to the role and
 * visible, with visibility cascading (see `applicableQuestionIds`).
 */
export function applicableQuestions(
  questionnaire: Questionnaire,
  role: RespondentRole,
  answers: ReadonlyMap<string, AnswerValue>,
): Question[] {
  const questions = questionsOf(questionnaire);
  const ids = applicableQuestionIds(questions, role, answers);
  return questions.filter((question) => ids.has(question.id));
}

/** Per question in questionnaire order: 1 when it applies to this respondent, else 0. */
export function applicabilityMask(
  questionnaire: Questionnaire,
  role: RespondentRole,
  answers: ReadonlyMap<string, AnswerValue>,
): Uint8Array {
  const questions = questionsOf(questionnaire);
  const ids = applicableQuestionIds(questions, role, answers);
  return Uint8Array.from(questions, (question) => (ids.has(question.id) ? 1 : 0));
}

function questionsOf(questionnaire: Questionnaire): Question[] {
  return questionsInOrder(questionnaire).map((entry) => entry.question);
}
