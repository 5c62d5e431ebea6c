/**
 * What a failed operation carries: urql's `CombinedError` and `app/graphql-fetch.ts` both have
 * this shape, so one set of helpers reads the errors of either client.
 */
export interface OperationError {
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Readonly<Record<string, unknown>> }>;
  networkError?: Error;
}

/** Error codes the UI has messages for (`errors.<code>` in the locales). */
export const KNOWN_ERROR_CODES = [
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'NETWORK', 'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof KNOWN_ERROR_CODES)[number];

/**
 * The stable code of a failed operation: the server's `extensions.code`, `NETWORK` when no
 * answer came back, `INTERNAL_SERVER_ERROR` for anything else.
 */
export function errorCodeOf(error: OperationError | null | undefined): ErrorCode {
  if (!error) return 'INTERNAL_SERVER_ERROR';
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.['code'];
    if (typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code)) return code as ErrorCode;
  }
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Which answers of a batch a BAD_USER_INPUT error points at, and which of their fields:
 * `answers[2].comment` → `{ index: 2, field: 'comment' }` (from `extensions.problems[]`, else
 * `extensions.field`). One entry per answer, the first field named wins.
 */
export function badAnswersOf(error: OperationError): Array<{ index: number; field: string | null }> {
  const found = new Map<number, string | null>();
  for (const graphQLError of error.graphQLErrors) {
    const problems = graphQLError.extensions?.['problems'];
    const fields = Array.isArray(problems)
      ? problems.map((p: unknown) => (p as { field?: unknown }).field)
      : [graphQLError.extensions?.['field']];
    for (const field of fields) {
      const match = typeof field === 'string' ? /^answers\[(\d+)\](?:\.(\w+))?/.exec(field) : null;
      if (match && !found.has(Number(match[1]))) found.set(Number(match[1]), match[2] ?? null);
    }
  }
  return [...found].map(([index, field]) => ({ index, field })).sort((a, b) => a.index - b.index);
}

/** Seconds the server asks to wait before trying again (`RATE_LIMITED`), or null. */
export function retryAfterSecondsOf(error: OperationError | null | undefined): number | null {
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
export function fieldErrorsOf(error: OperationError | null | undefined): Record<string, string> {
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
