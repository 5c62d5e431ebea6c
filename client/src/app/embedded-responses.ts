/**
 * Answers the server put into a respondent's page (`server/src/http/respondent-pages.ts`): the
 * first GraphQL query of the page, so it renders without waiting for a request after the code
 * has run. Each is used once, for exactly its operation and variables; anything later (a retry,
 * coming back to the page) asks the network.
 */
export const EMBEDDED_RESPONSES_ID = 'omcheck-embedded-responses';

export interface EmbeddedResponse {
  operationName: string;
  variables: Record<string, unknown>;
  /** The GraphQL response body as `/graphql` would have sent it (`data` and/or `errors`). */
  body: unknown;
}

let pending: EmbeddedResponse[] | null = null;

/** Same variables whatever the key order. */
function variablesKey(variables: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(variables).sort().map((key) => [key, variables[key]]));
}

function readEmbedded(): EmbeddedResponse[] {
  if (typeof document === 'undefined') return [];
  const element = document.getElementById(EMBEDDED_RESPONSES_ID);
  if (!element) return [];
  element.remove();
  try {
    const parsed: unknown = JSON.parse(element.textContent ?? '');
    return Array.isArray(parsed) ? (parsed as EmbeddedResponse[]) : [];
  } catch {
    // A damaged block costs a request, nothing else.
    return [];
  }
}

/** The embedded response to this operation with these variables, once; else undefined. */
export function takeEmbeddedResponse(operationName: string, variables: object): unknown {
  pending ??= readEmbedded();
  const wanted = variablesKey(variables as Record<string, unknown>);
  const index = pending.findIndex((entry) => entry.operationName === operationName && variablesKey(entry.variables) === wanted);
  if (index < 0) return undefined;
  const [entry] = pending.splice(index, 1);
  return entry?.body;
}

/**
 * Drops the answers nobody took once the first page has shown: one the app did not ask for
 * (another language) must not stand in for a fresh request later in the page's life.
 */
export function discardEmbeddedResponses(): void {
  pending ??= readEmbedded();
  pending.length = 0;
}

/** Forgets what was read (tests). */
export function resetEmbeddedResponses(): void {
  pending = null;
}
