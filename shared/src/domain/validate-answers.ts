import type { AnswerValue } from './answer.js';
import type { Question, Questionnaire } from './questionnaire.schema.js';
import type { RespondentRole } from './vocabulary.js';
import { questionOptions } from './options.js';
import { questionIndex } from './question-index.js';

/** Longest comment a respondent may leave on one question. */
export const MAX_COMMENT_LENGTH = 2000;

/** One problem in a batch of answers, aimed at the field to fix. */
export interface AnswerValidationError {
  /** Position of the answer in the batch. */
  index: number;
  questionId: string;
  /** The offending field, e.g. `answers[2].optionId`. */
  field: string;
  /** A sentence a person can act on. */
  message: string;
}

/**
 * Checks a batch of answers from one respondent against the questionnaire; an empty list means
 * the whole batch may be saved. Answers to questions currently hidden by `showIf` are accepted
 * (respondents change earlier answers; scoring ignores hidden questions). An answer without
 * optionId, optionIds and text clears the answer, or, with a comment, keeps a note.
 */
export function validateAnswerBatch(
  questionnaire: Questionnaire,
  role: RespondentRole,
  answers: readonly AnswerValue[],
): AnswerValidationError[] {
  const index = questionIndex(questionnaire);
  const firstAt = new Map<string, number>();
  const errors: AnswerValidationError[] = [];
  answers.forEach((answer, i) => {
    const at = `answers[${i}]`;
    const questionId = answer.questionId;
    const report = (field: string, message: string): void => {
      errors.push({ index: i, questionId, field: `${at}.${field}`, message });
    };
    const question = index.get(questionId)?.question;
    if (!question) {
      report('questionId', `Question "${echo(questionId)}" does not exist in questionnaire "${questionnaire.key}" version ${questionnaire.version}. Reload the questionnaire and answer only its questions.`);
      return;
    }
    if (question.roles && !question.roles.includes(role)) {
      report('questionId', `Question "${questionId}" is asked only to ${question.roles.join(', ')}; a ${role} respondent cannot answer it.`);
      return;
    }
    const first = firstAt.get(questionId);
    if (first === undefined) firstAt.set(questionId, i);
    else report('questionId', `Question "${questionId}" appears twice in this batch (first at answers[${first}]). Send one answer per question.`);
    for (const [field, message] of contentErrors(question, answer)) report(field, message);
    if (answer.comment != null && answer.comment.length > MAX_COMMENT_LENGTH) {
      report('comment', `The comment on question "${questionId}" is ${answer.comment.length} characters long; shorten it to ${MAX_COMMENT_LENGTH} characters or fewer.`);
    }
  });
  return errors;
}

/** Echoed input is cut short: a 90 KB id must not come back twice in the error (180 KB). */
const ECHO_LIMIT = 60;

/** A value as it appears in a message: at most 60 characters, marked when cut. */
export function echo(value: string): string {
  return value.length <= ECHO_LIMIT ? value : `${value.slice(0, ECHO_LIMIT)}…`;
}

/** [field, message] pairs for the answer's optionId / optionIds / text against the question kind. */
function contentErrors(question: Question, answer: AnswerValue): Array<[string, string]> {
  const id = question.id;
  const hasIds = answer.optionIds != null && answer.optionIds.length > 0;
  const hasText = answer.text != null && answer.text.length > 0;
  const errors: Array<[string, string]> = [];
  const optionIds = questionOptions(question).map((o) => o.id);
  const choices = optionIds.join(', ');

  if (question.kind === 'maturity' || question.kind === 'choice') {
    if (hasIds) errors.push(['optionIds', `Question "${id}" takes one answer: send optionId, not optionIds.`]);
    if (hasText) errors.push(['text', `Question "${id}" is answered by choosing an option: send optionId, not text.`]);
    if (answer.optionId != null && !optionIds.includes(answer.optionId)) {
      errors.push(['optionId', `Question "${id}" has no option "${echo(answer.optionId)}". Choose one of: ${choices}.`]);
    }
    return errors;
  }

  if (question.kind === 'multi') {
    if (answer.optionId != null) errors.push(['optionId', `Question "${id}" allows several answers: send optionIds (a list), not optionId.`]);
    if (hasText) errors.push(['text', `Question "${id}" is answered by choosing options: send optionIds, not text.`]);
    const chosen = answer.optionIds ?? [];
    if (chosen.length > optionIds.length) {
      errors.push(['optionIds', `Question "${id}" has ${optionIds.length} options but ${chosen.length} were sent. Choose from: ${choices}.`]);
      return errors;
    }
    const seen = new Set<string>();
    chosen.forEach((optionId, j) => {
      if (seen.has(optionId)) {
        errors.push([`optionIds[${j}]`, `Option "${echo(optionId)}" is listed more than once for question "${id}". List each option once.`]);
      } else if (!optionIds.includes(optionId)) {
        errors.push([`optionIds[${j}]`, `Question "${id}" has no option "${echo(optionId)}". Choose from: ${choices}.`]);
      }
      seen.add(optionId);
    });
    return errors;
  }

  if (question.kind !== 'text') return errors;
  if (answer.optionId != null) errors.push(['optionId', `Question "${id}" is answered in words: send text, not optionId.`]);
  if (hasIds) errors.push(['optionIds', `Question "${id}" is answered in words: send text, not optionIds.`]);
  if (answer.text != null && answer.text.length > question.maxLength) {
    errors.push(['text', `The answer to question "${id}" is ${answer.text.length} characters long; shorten it to ${question.maxLength} characters or fewer.`]);
  }
  return errors;
}
