import type { AnswerValue } from '../domain/answer.js';
import { questionOptions } from '../domain/options.js';
import { questionIndex } from '../domain/question-index.js';
import type { Question, Questionnaire } from '../domain/questionnaire.schema.js';
import { MAX_COMMENT_LENGTH, validateAnswerBatch } from '../domain/validate-answers.js';
import type { RespondentRole } from '../domain/vocabulary.js';

/** The part of an answer that still fits the question (kind and option ids), or null when nothing does. */
function carriedContent(question: Question, answer: AnswerValue): Pick<AnswerValue, 'optionId' | 'optionIds' | 'text'> | null {
  const optionIds = new Set(questionOptions(question).map((o) => o.id));
  switch (question.kind) {
    case 'maturity':
    case 'choice':
      return answer.optionId != null && optionIds.has(answer.optionId) ? { optionId: answer.optionId } : null;
    case 'multi': {
      const kept = [...new Set(answer.optionIds ?? [])].filter((id) => optionIds.has(id)).sort();
      return kept.length > 0 ? { optionIds: kept } : null;
    }
    case 'text':
      return answer.text?.trim() && answer.text.length <= question.maxLength ? { text: answer.text } : null;
  }
}

/**
 * A follow-up starts from the previous answers: those to questions that still exist in the new
 * questionnaire version, are still asked to the respondent's role, and whose chosen options
 * still exist there by the same id (a multi-choice answer keeps the options that do). A comment
 * travels with its question. Anything that no longer fits is left out rather than guessed; what
 * is returned passes the same validation a save does, in the stored form every writer uses
 * (blank text and comments and empty selections absent, selections sorted).
 */
export function carryOverAnswers(questionnaire: Questionnaire, role: RespondentRole, previous: readonly AnswerValue[]): AnswerValue[] {
  const index = questionIndex(questionnaire);
  const seen = new Set<string>();
  const carried: AnswerValue[] = [];
  for (const answer of previous) {
    const question = index.get(answer.questionId)?.question;
    if (!question || seen.has(question.id) || (question.roles && !question.roles.includes(role))) continue;
    const content = carriedContent(question, answer);
    const comment = answer.comment?.trim() && answer.comment.length <= MAX_COMMENT_LENGTH ? answer.comment : null;
    if (!content && !comment) continue;
    seen.add(question.id);
    carried.push({ questionId: question.id, optionId: null, optionIds: null, text: null, ...content, comment });
  }
  const invalid = new Set(validateAnswerBatch(questionnaire, role, carried).map((e) => e.index));
  return carried.filter((_, i) => !invalid.has(i));
}
