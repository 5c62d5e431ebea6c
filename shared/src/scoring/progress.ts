import type { AnswerValue } from '../domain/answer.js';
import type { Condition } from '../domain/condition.schema.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { RespondentRole } from '../domain/vocabulary.js';
import { questionsInOrder } from '../domain/question-index.js';
import { applicableQuestionIds, hasAnswer } from './applicability.js';
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

/**
 * The same count as `progressOf` from less: the ids of the answered questions, and the answers
 * to the questions some `showIf` tests (`conditionSourceIds`). The autosave reads exactly this
 * back after every save instead of every answer in full.
 */
export function progressFromAnswered(
  questionnaire: Questionnaire,
  role: RespondentRole,
  answeredIds: ReadonlySet<string>,
  conditionAnswers: ReadonlyMap<string, AnswerValue>,
): Progress {
  const applicable = applicableQuestionIds(questionListOf(questionnaire), role, conditionAnswers);
  let answered = 0;
  for (const id of applicable) if (answeredIds.has(id)) answered += 1;
  return { answered, total: applicable.size };
}

const questionLists = new WeakMap<Questionnaire, ReadonlyArray<Questionnaire['dimensions'][number]['questions'][number]>>();

function questionListOf(questionnaire: Questionnaire) {
  let list = questionLists.get(questionnaire);
  if (!list) {
    list = questionsInOrder(questionnaire).map((entry) => entry.question);
    questionLists.set(questionnaire, list);
  }
  return list;
}

const sourcesByQuestionnaire = new WeakMap<Questionnaire, readonly string[]>();

/** Ids of the questions whose answers a `showIf` of this questionnaire tests, sorted. */
export function conditionSourceIds(questionnaire: Questionnaire): readonly string[] {
  let sources = sourcesByQuestionnaire.get(questionnaire);
  if (!sources) {
    const found = new Set<string>();
    for (const { question } of questionsInOrder(questionnaire)) {
      if (question.showIf) collectQuestions(question.showIf, found);
    }
    sources = [...found].sort();
    sourcesByQuestionnaire.set(questionnaire, sources);
  }
  return sources;
}

function collectQuestions(condition: Condition, into: Set<string>): void {
  if (typeof condition !== 'object' || condition === null) return;
  if ('all' in condition) condition.all.forEach((part) => collectQuestions(part, into));
  else if ('any' in condition) condition.any.forEach((part) => collectQuestions(part, into));
  else if ('not' in condition) collectQuestions(condition.not, into);
  else if ('question' in condition) into.add(condition.question);
}

/**
 * The one stored form of an answer: blank text and comments, and empty selections, are absent,
 * and a selection is sorted, so equal meaning gives equal rows. Every writer stores answers in
 * this form; `progressFromAnswered` relies on it (a stored choice or text always counts).
 */
export function normaliseAnswer(answer: AnswerValue): AnswerValue {
  const text = answer.text?.trim() ? answer.text : null;
  const comment = answer.comment?.trim() ? answer.comment : null;
  const optionIds = answer.optionIds && answer.optionIds.length > 0 ? [...answer.optionIds].sort() : null;
  return { questionId: answer.questionId, optionId: answer.optionId ?? null, optionIds, text, comment };
}
