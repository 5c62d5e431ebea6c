import { questionsInOrder } from '../domain/question-index.js';
import type { ChoiceQuestion, Dimension, MaturityQuestion, Questionnaire } from '../domain/questionnaire.schema.js';

/** A question a room can vote on: one option per vote. */
export type VotableQuestion = MaturityQuestion | (ChoiceQuestion & { kind: 'choice' });

export interface WorkshopQuestion {
  question: VotableQuestion;
  dimension: Dimension;
}

/** True for the kinds a workshop votes on: MATURITY and CHOICE (MULTI and TEXT do not fit one vote). */
export function isVotable(question: Questionnaire['dimensions'][number]['questions'][number]): question is VotableQuestion {
  return question.kind === 'maturity' || question.kind === 'choice';
}

/** The workshop questions of a questionnaire: every MATURITY and CHOICE question, in questionnaire order. */
export function workshopQuestions(questionnaire: Questionnaire): WorkshopQuestion[] {
  return questionsInOrder(questionnaire).flatMap(({ question, dimension }) => (isVotable(question) ? [{ question, dimension }] : []));
}
