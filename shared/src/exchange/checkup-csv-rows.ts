import { localize } from '../domain/locale.js';
import { questionOptions } from '../domain/options.js';
import { questionIndex } from '../domain/validate-questionnaire.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { CheckupDocument } from './checkup-document.schema.js';

/**
 * The columns of the CSV export: one table, one row per record. `record` says what a row is:
 * `answer` (one respondent × one question), `comment` (a comment of a role group below the
 * minimum size: no respondent, no role), `overall` and `dimension` (the stored result),
 * `recommendation` and `action_item` (the plan; `recommendation` numbers them 1, 2… and an
 * action item carries the number of its recommendation). Filter on `record` in a spreadsheet.
 */
export const CHECKUP_CSV_COLUMNS = [
  'record', 'respondent', 'role', 'label', 'submitted', 'dimension_id', 'question_id', 'title', 'option_id', 'level', 'option_label', 'text',
  'comment', 'score', 'recommendation', 'status', 'active', 'horizon', 'priority', 'dismiss_reason', 'owner', 'due_date',
] as const;
export type CheckupCsvColumn = (typeof CHECKUP_CSV_COLUMNS)[number];
export type CheckupCsvRow = Partial<Record<CheckupCsvColumn, string | number | null>>;

/**
 * The rows of the CSV export of a document, texts in the document's locale (question prompts,
 * option labels and dimension titles read from the questionnaire it was made on).
 */
export function checkupCsvRows(document: CheckupDocument, questionnaire: Questionnaire): CheckupCsvRow[] {
  const locale = document.locale;
  const index = questionIndex(questionnaire);
  const rows: CheckupCsvRow[] = [];
  const questionColumns = (questionId: string): CheckupCsvRow => {
    const entry = index.get(questionId);
    return { dimension_id: entry?.dimension.id ?? null, question_id: questionId, title: entry ? localize(entry.question.prompt, locale) : null };
  };

  for (const respondent of document.respondents) {
    for (const answer of respondent.answers) {
      const question = index.get(answer.questionId)?.question;
      const options = question ? questionOptions(question) : [];
      const chosen = answer.optionId != null ? [answer.optionId] : answer.optionIds ?? [];
      const picked = chosen.map((id) => options.find((o) => o.id === id));
      rows.push({
        record: 'answer',
        respondent: respondent.id,
        role: respondent.role,
        label: respondent.label,
        submitted: respondent.submitted ? 'yes' : 'no',
        ...questionColumns(answer.questionId),
        option_id: chosen.join(';') || null,
        level: picked.length === 1 ? picked[0]?.score ?? null : null,
        option_label: picked.map((o, i) => (o ? localize(o.label, locale) : chosen[i])).join('; ') || null,
        text: answer.text ?? null,
        comment: answer.comment ?? null,
      });
    }
  }
  for (const comment of document.unattributedComments) {
    rows.push({ record: 'comment', ...questionColumns(comment.questionId), comment: comment.text });
  }
  if (document.result) {
    rows.push({ record: 'overall', title: localize(questionnaire.title, locale), level: document.result.maturityLevel, score: document.result.overallScore });
    for (const dimension of document.result.dimensions) {
      rows.push({ record: 'dimension', dimension_id: dimension.dimensionId, title: dimension.title, score: dimension.score });
    }
  }
  document.recommendations.forEach((recommendation, i) => {
    const number = i + 1;
    rows.push({
      record: 'recommendation',
      dimension_id: recommendation.dimensionId,
      title: recommendation.title,
      text: recommendation.body,
      recommendation: number,
      status: recommendation.status,
      active: recommendation.active ? 'yes' : 'no',
      horizon: recommendation.horizon,
      priority: recommendation.priority,
      dismiss_reason: recommendation.dismissReason,
    });
    for (const item of recommendation.actionItems) {
      rows.push({ record: 'action_item', title: item.title, recommendation: number, status: item.status, owner: item.owner, due_date: item.dueDate });
    }
  });
  return rows;
}
