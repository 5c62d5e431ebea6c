import type { OperationError } from './errors';

/** One GraphQL operation as sent: its text (a `.graphql` file imported `?raw`) and its types. */
export interface FetchOperation<TData, TVariables> {
  text: string;
  /** Never set: carries the result and variable types. */
  readonly types?: { data: TData; variables: TVariables };
}

export type FetchResult<TData> = { data: TData; error: null } | { data: null; error: OperationError };

/** Pairs an operation's text with the types codegen generated for it. */
export function fetchOperation<TData, TVariables>(text: string): FetchOperation<TData, TVariables> {
  return { text };
}

function networkFailure(message: string): FetchResult<never> {
  return { data: null, error: { graphQLErrors: [], networkError: new Error(message) } };
}

/**
 * A GraphQL request with `fetch` alone, for the respondent's pages: urql (~11 KB gzipped) is
 * worth it for the console's caching, not for three operations before the first question.
 * Always a JSON POST (the server's CSRF prevention); failures come back in the shape of urql's
 * `CombinedError` that `app/errors.ts` reads, so both clients share the error handling.
 */
export async function graphqlFetch<TData, TVariables>(operation: FetchOperation<TData, TVariables>, variables: TVariables): Promise<FetchResult<TData>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ query: operation.text, variables }),
    });
  } catch (error) {
    return networkFailure(error instanceof Error ? error.message : 'fetch failed');
  }
  let body: { data?: TData | null; errors?: OperationError['graphQLErrors'] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    return networkFailure(`HTTP ${response.status} without a GraphQL body`);
  }
  if (body.errors && body.errors.length > 0) return { data: null, error: { graphQLErrors: body.errors } };
  if (body.data === undefined || body.data === null) return networkFailure(`HTTP ${response.status} without data`);
  return { data: body.data, error: null };
}
