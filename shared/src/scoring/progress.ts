import type { AnswerValue } from '../domain/answer.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { RespondentRole } from '../domain/vocabulary.js';
import { hasAnswer } from './applicability.js';
import { applicableQuestions } from './visibility.js';

/** How far a respondent is: answered of the questions they currently see. */
export interface Progress {
  answered: number;
  total: number;
}

/**
 * Progress of one respondent over the questions that apply to them (every kind). A question
 * counts as answered when it has an option, a non-empty selection or non-empty text; a
 * comment alone does not count.
 */
export function progressOf(
  questionnaire: Questionnaire,
  role: RespondentRole,
  answers: ReadonlyMap<string, AnswerValue>,
): Progress {
  const questions = applicableQuestions(questionnaire, role, answers);
  let answered = 0;
  for (const question of questions) {
    if (hasAnswer(answers.get(question.id))) answered += 1;
  }
  return { answered, total: questions.length };
}
