import type { CombinedError } from '@urql/vue';

/** Error codes the UI has messages for (`errors.<code>` in the locales). */
export const KNOWN_ERROR_CODES = [
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NETWORK', 'INTERNAL_SERVER_ERROR',
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
