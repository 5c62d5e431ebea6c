import { takeEmbeddedResponse } from './embedded-responses';
import type { OperationError } from './errors';

/** One GraphQL operation as sent: its text (a `.graphql` file imported `?raw`) and its types. */
export interface FetchOperation<TData, TVariables> {
  text: string;
  /** The query's name, for a response the server embedded in the page; null for mutations. */
  queryName: string | null;
  /** Never set: carries the result and variable types. */
  readonly types?: { data: TData; variables: TVariables };
}

export type FetchResult<TData> = { data: TData; error: null } | { data: null; error: OperationError };

/** Pairs an operation's text with the types codegen generated for it. */
export function fetchOperation<TData, TVariables>(text: string): FetchOperation<TData, TVariables> {
  return { text, queryName: /^\s*query\s+(\w+)/.exec(text)?.[1] ?? null };
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
  const embedded = operation.queryName ? takeEmbeddedResponse(operation.queryName, variables as object) : undefined;
  if (embedded !== undefined) return resultOf<TData>(embedded, 'embedded');
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
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return networkFailure(`HTTP ${response.status} without a GraphQL body`);
  }
  return resultOf<TData>(body, `HTTP ${response.status}`);
}

/** A GraphQL response body as a result; `source` names where it came from in a failure. */
function resultOf<TData>(raw: unknown, source: string): FetchResult<TData> {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as { data?: TData | null; errors?: OperationError['graphQLErrors'] };
  if (body.errors && body.errors.length > 0) return { data: null, error: { graphQLErrors: body.errors } };
  if (body.data === undefined || body.data === null) return networkFailure(`${source} without data`);
  return { data: body.data, error: null };
}
