/**
 * The part of the domain a respondent's browser needs while answering — which questions apply
 * and what counts as answered — with no zod and no content, so the questionnaire page stays small.
 */
export * from './scoring/applicability.js';
export { DONT_KNOW_OPTION_ID, NOT_APPLICABLE_OPTION_ID, levelOptionId, type AnswerValue } from './domain/answer.js';
export type { Condition } from './domain/condition.schema.js';
