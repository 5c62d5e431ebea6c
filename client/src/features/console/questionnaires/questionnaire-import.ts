import type { CombinedError } from '@urql/vue';

/** The server's limit on the pasted or uploaded text (`ImportQuestionnaireInput.json`), in characters. */
export const MAX_QUESTIONNAIRE_CHARS = 100_000;

/** One thing wrong with an imported questionnaire: where (`dimensions[0].questions[1].levels`) and what. */
export interface ImportProblem {
  path: string;
  message: string;
}

/** Why the text cannot be sent at all, checked before the server sees it. */
export type ImportTextIssue = 'empty' | 'tooLarge' | 'notJson';

/** `empty`, `tooLarge` or `notJson` for text the server would refuse anyway; null when it may be sent. */
export function importTextIssue(text: string): ImportTextIssue | null {
  if (text.trim().length === 0) return 'empty';
  if (text.length > MAX_QUESTIONNAIRE_CHARS) return 'tooLarge';
  try {
    JSON.parse(text);
  } catch {
    return 'notJson';
  }
  return null;
}

/**
 * Every problem a refused import names (BAD_USER_INPUT `extensions.problems[]`, else
 * `extensions.field` with the error's message), in the server's order; the `input.` prefix of a
 * path is dropped. Empty for any other failure.
 */
export function importProblemsOf(error: CombinedError | null | undefined): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (field: unknown, message: unknown): void => {
    if (typeof message !== 'string' || message.trim().length === 0) return;
    const path = typeof field === 'string' ? field.replace(/^input\./, '') : '';
    problems.push({ path, message: message.trim() });
  };
  for (const graphQLError of error?.graphQLErrors ?? []) {
    if (graphQLError.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const list = graphQLError.extensions?.['problems'];
    if (Array.isArray(list) && list.length > 0) {
      for (const problem of list as Array<{ field?: unknown; message?: unknown } | null>) add(problem?.field, problem?.message);
    } else {
      add(graphQLError.extensions?.['field'], graphQLError.message);
    }
  }
  return problems;
}

/** A problem as one line of the list: "path — problem", or the problem alone without a path. */
export function formatImportProblem(problem: ImportProblem): string {
  return problem.path ? `${problem.path} — ${problem.message}` : problem.message;
}
