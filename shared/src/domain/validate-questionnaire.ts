import type { z } from 'zod';
import { questionnaireSchema, type Questionnaire } from './questionnaire.schema.js';
import { questionnaireReferenceErrors } from './questionnaire-references.js';

export { questionIndex, type QuestionIndexEntry } from './question-index.js';

/** The outcome of validating questionnaire content. */
export type QuestionnaireValidation =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; errors: string[] };

/**
 * Validates questionnaire content (built-in or imported): the schema first, then the
 * references between its parts (unique ids; conditions that name existing questions, options,
 * dimensions, tags and flags; `showIf` only on earlier questions). Errors are readable
 * "path: message" lines, e.g. `dimensions[1].questions[0].showIf.question: …`.
 */
export function validateQuestionnaire(input: unknown): QuestionnaireValidation {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap((issue) => issueLines(issue, [])) };
  const errors = questionnaireReferenceErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, questionnaire: parsed.data };
}

const CONDITION_FORMS =
  'all, any, not, question+is, question+score, question+dontKnow, dimension+score, tag+score, overall, holism, customerFocusStage, flag, dontKnowShare';

/**
 * One issue as "path: message" lines. Conditions are the only unions in the schema; zod
 * reports a bad condition as "Invalid input" with every branch's errors, so we descend into
 * the one branch whose keys fit the input, or name the allowed forms when none or several fit.
 */
function issueLines(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): string[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 1) {
    const fitting = issue.errors.filter(
      (branch) => !branch.some((i) => i.path.length === 0 && (i.code === 'unrecognized_keys' || i.code === 'invalid_type')),
    );
    const [only] = fitting;
    if (fitting.length === 1 && only) return only.flatMap((inner) => issueLines(inner, path));
    return [`${formatPath(path)}: not a valid condition; write exactly one of these forms: ${CONDITION_FORMS}`];
  }
  return [`${formatPath(path)}: ${issue.message}`];
}

/** `['dimensions', 0, 'questions', 2, 'id']` → `dimensions[0].questions[2].id`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
