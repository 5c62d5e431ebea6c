import type { Condition } from '@omcheck/shared';

/**
 * Which questions a respondent sees, computed on the GraphQL shapes the client receives. It
 * mirrors `applicableQuestions` / `progressOf` of `@omcheck/shared` (those take the domain
 * types and would pull the whole content package into the bundle): a question applies when it
 * is addressed to the role and its `showIf` holds over answers to questions that themselves
 * apply (visibility cascades). Only `question` leaves are meaningful while answering; any other
 * fact is unknown and counts as false.
 */

/** The fields of a question that decide its visibility. */
export interface VisibilityQuestion {
  id: string;
  roles: readonly string[];
  showIf?: unknown;
}

/** One answer as the client holds it (the contract's AnswerInput). */
export interface AnswerValue {
  questionId: string;
  optionId?: string | null;
  optionIds?: readonly string[] | null;
  text?: string | null;
  comment?: string | null;
}

type AnswerLookup = (questionId: string) => AnswerValue | undefined;

const DONT_KNOW = 'dk';

/** The 0–4 maturity of an option id for conditions: its level, 0 for "don't know", else null. */
export function scoredLevelOf(optionId: string | null | undefined): number | null {
  if (optionId == null) return null;
  if (optionId === DONT_KNOW) return 0;
  const match = /^l([0-4])$/.exec(optionId);
  return match ? Number(match[1]) : null;
}

type Comparison = { lt?: number; lte?: number; gt?: number; gte?: number };

function meets(value: number | null, comparison: Comparison): boolean {
  if (value == null) return false;
  if (comparison.lt !== undefined && !(value < comparison.lt)) return false;
  if (comparison.lte !== undefined && !(value <= comparison.lte)) return false;
  if (comparison.gt !== undefined && !(value > comparison.gt)) return false;
  if (comparison.gte !== undefined && !(value >= comparison.gte)) return false;
  return true;
}

/** True when `condition` holds over the answers `answerOf` gives. Malformed input is false. */
export function conditionHolds(condition: unknown, answerOf: AnswerLookup): boolean {
  if (typeof condition !== 'object' || condition === null) return false;
  const c = condition as Partial<Condition> & Record<string, unknown>;
  if (Array.isArray(c['all'])) return (c['all'] as unknown[]).every((part) => conditionHolds(part, answerOf));
  if (Array.isArray(c['any'])) return (c['any'] as unknown[]).some((part) => conditionHolds(part, answerOf));
  if ('not' in c) return !conditionHolds(c['not'], answerOf);
  if (typeof c['question'] !== 'string') return false;
  const answer = answerOf(c['question']);
  if (!answer) return false;
  if (Array.isArray(c['is'])) {
    const ids = c['is'] as unknown[];
    return ids.some((id) => id === answer.optionId || (answer.optionIds?.includes(id as string) ?? false));
  }
  if (typeof c['score'] === 'object' && c['score'] !== null) {
    return meets(scoredLevelOf(answer.optionId), c['score'] as Comparison);
  }
  if (c['dontKnow'] === true) return answer.optionId === DONT_KNOW;
  return false;
}

/** True when the answer carries a choice or text (a comment alone does not count). */
export function hasAnswer(answer: AnswerValue | undefined): boolean {
  if (!answer) return false;
  return answer.optionId != null
    || (answer.optionIds != null && answer.optionIds.length > 0)
    || (answer.text != null && answer.text.trim().length > 0);
}

/**
 * Ids of the questions that apply to a respondent in `role`, given questions in questionnaire
 * order. `showIf` may only look back, so one pass is enough.
 */
export function applicableQuestionIds(
  questions: readonly VisibilityQuestion[],
  role: string,
  answers: ReadonlyMap<string, AnswerValue>,
): Set<string> {
  const applicable = new Set<string>();
  const lookup: AnswerLookup = (id) => (applicable.has(id) ? answers.get(id) : undefined);
  for (const question of questions) {
    if (question.roles.length > 0 && !question.roles.includes(role)) continue;
    if (question.showIf != null && !conditionHolds(question.showIf, lookup)) continue;
    applicable.add(question.id);
  }
  return applicable;
}

/** Answered of applicable questions, as the server counts progress. */
export function progressOf(
  questions: readonly VisibilityQuestion[],
  role: string,
  answers: ReadonlyMap<string, AnswerValue>,
): { answered: number; total: number } {
  const applicable = applicableQuestionIds(questions, role, answers);
  let answered = 0;
  for (const id of applicable) if (hasAnswer(answers.get(id))) answered += 1;
  return { answered, total: applicable.size };
}
