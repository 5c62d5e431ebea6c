import type { RespondentRole } from './vocabulary.js';

/** One stored answer of one respondent (the shape of the contract's AnswerInput). */
export interface AnswerValue {
  questionId: string;
  optionId?: string | null;
  optionIds?: string[] | null;
  text?: string | null;
  comment?: string | null;
}

/** Everything one respondent answered, keyed by question id. */
export interface RespondentAnswers {
  respondentId: string;
  role: RespondentRole;
  answers: ReadonlyMap<string, AnswerValue>;
}

/** Option ids every maturity question has besides its levels `l0`…`l4`. */
export const NOT_APPLICABLE_OPTION_ID = 'na';
export const DONT_KNOW_OPTION_ID = 'dk';

/** The option id of maturity level `level` (0–4). */
export function levelOptionId(level: number): string {
  return `l${level}`;
}
