import { applicableQuestionIds as applicableIds, type AnswerValue, type Condition } from '@omcheck/shared/answering';

export { hasAnswer, type AnswerValue } from '@omcheck/shared/answering';

/** A question as the API sends it: `showIf` arrives as JSON, validated on the server as a Condition. */
export interface VisibilityQuestion {
  id: string;
  roles: readonly string[];
  showIf?: unknown;
}

/** Ids of the questions that apply to a respondent in `role` (the shared rule, on API shapes). */
export function applicableQuestionIds(
  questions: readonly VisibilityQuestion[],
  role: string,
  answers: ReadonlyMap<string, AnswerValue>,
): Set<string> {
  return applicableIds(
    questions.map((q) => ({ id: q.id, roles: q.roles, showIf: (q.showIf ?? null) as Condition | null })),
    role,
    answers,
  );
}
