import type { CombinedError } from '@urql/vue';

/** Error codes the UI has messages for (`errors.<code>` in the locales). */
export const KNOWN_ERROR_CODES = [
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'NETWORK', 'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof KNOWN_ERROR_CODES)[number];

/**
 * The stable code of a failed operation: the server's `extensions.code`, `NETWORK` when no
 * answer came back, `INTERNAL_SERVER_ERROR` for anything else.
 */
export function errorCodeOf(error: CombinedError | null | undefined): ErrorCode {
  if (!error) return 'INTERNAL_SERVER_ERROR';
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code)) return code as ErrorCode;
  }
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  return 'INTERNAL_SERVER_ERROR';
}

/** Which answers of a batch a BAD_USER_INPUT error points at (`answers[2].optionId` → 2). */
export function badAnswerIndexes(error: CombinedError): number[] {
  const indexes = new Set<number>();
  for (const graphQLError of error.graphQLErrors) {
    const problems = graphQLError.extensions?.['problems'];
    const fields = Array.isArray(problems)
      ? problems.map((p: unknown) => (p as { field?: unknown }).field)
      : [graphQLError.extensions?.['field']];
    for (const field of fields) {
      const match = typeof field === 'string' ? /^answers\[(\d+)\]/.exec(field) : null;
      if (match) indexes.add(Number(match[1]));
    }
  }
  return [...indexes].sort((a, b) => a - b);
}

/** Seconds the server asks to wait before trying again (`RATE_LIMITED`), or null. */
export function retryAfterSecondsOf(error: CombinedError | null | undefined): number | null {
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const seconds = graphQLError.extensions?.['retryAfterSeconds'];
    if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  }
  return null;
}

/**
 * The input fields a BAD_USER_INPUT error names, with the server's message for each: every
 * `extensions.problems[]` entry, else `extensions.field` (`input.email` → `email`).
 */
export function fieldErrorsOf(error: CombinedError | null | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  const add = (field: unknown, message: unknown): void => {
    if (typeof field !== 'string' || field.length === 0) return;
    const name = field.split('.').at(-1)!;
    fields[name] ??= typeof message === 'string' ? message : '';
  };
  for (const graphQLError of error?.graphQLErrors ?? []) {
    if (graphQLError.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const problems = graphQLError.extensions?.['problems'];
    if (Array.isArray(problems) && problems.length > 0) {
      for (const problem of problems as Array<{ field?: unknown; message?: unknown }>) add(problem?.field, problem?.message);
    } else {
      add(graphQLError.extensions?.['field'], graphQLError.message);
    }
  }
  return fields;
}
