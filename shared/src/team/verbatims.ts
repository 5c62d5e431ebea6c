import type { RespondentAnswers } from '../domain/answer.js';
import { questionIndex } from '../domain/question-index.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { RoleGroupKey, RoleGrouping } from './role-groups.js';

/** A respondent's own words: an open answer or a comment on a question, never scored. */
export interface Verbatim {
  questionId: string;
  kind: 'ANSWER' | 'COMMENT';
  text: string;
  /** The group it came from, only when that group is shown (at or above the minimum size). */
  group: RoleGroupKey | null;
}

/**
 * Every open answer and comment, without attribution: no respondent, and the group only when the
 * group is shown on its own (a pooled role is named as the pool, an omitted one not at all).
 * Ordered by question, then group, then text — never by who answered first.
 */
export function verbatimsOf(questionnaire: Questionnaire, respondents: readonly RespondentAnswers[], grouping: RoleGrouping): Verbatim[] {
  const index = questionIndex(questionnaire);
  const groupOfRole = new Map<string, RoleGroupKey>();
  for (const group of grouping.groups) for (const role of group.roles) groupOfRole.set(role, group.key);
  const verbatims: Verbatim[] = [];
  for (const respondent of respondents) {
    const group = groupOfRole.get(respondent.role) ?? null;
    for (const answer of respondent.answers.values()) {
      const question = index.get(answer.questionId)?.question;
      if (!question) continue;
      if (question.kind === 'text' && answer.text?.trim()) verbatims.push({ questionId: question.id, kind: 'ANSWER', text: answer.text.trim(), group });
      if (answer.comment?.trim()) verbatims.push({ questionId: question.id, kind: 'COMMENT', text: answer.comment.trim(), group });
    }
  }
  const order = (id: string) => index.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  return verbatims.sort(
    (a, b) => order(a.questionId) - order(b.questionId) || a.kind.localeCompare(b.kind) || (a.group ?? '').localeCompare(b.group ?? '') || a.text.localeCompare(b.text),
  );
}
