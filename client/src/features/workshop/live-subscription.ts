import { createClient, type Client } from 'graphql-sse';
import { errorCodeOf, type OperationError } from '../../app/errors';

export type StreamConnection = 'connecting' | 'live' | 'reconnecting';

export interface LiveHandlers<T> {
  onData(data: T): void;
  /** The server answered with an error (NOT_FOUND: unknown token or workshop). */
  onFailure(code: string): void;
  onConnection(connection: StreamConnection): void;
}

/** graphql-sse's own backoff doubles without limit: a phone in a room should not wait minutes. */
async function cappedRetry(retries: number): Promise<void> {
  const delay = Math.min(8000, 1000 * 2 ** Math.min(retries, 3)) + Math.floor(Math.random() * 700);
  await new Promise((resolve) => setTimeout(resolve, delay));
}

let client: Client | null = null;
function sseClient(): Client {
  client ??= createClient({ url: '/graphql/stream', retryAttempts: Infinity, singleConnection: false, retry: cappedRetry });
  return client;
}

/** Delay before opening a subscription again after it ended or failed for good. */
const REOPEN_MS = 3000;

/**
 * One GraphQL subscription over Server-Sent Events (`POST /graphql/stream`, graphql-sse's
 * distinct connections mode, the session cookie included). The client reconnects and
 * resubscribes by itself after a network failure; our subscriptions start with the full current
 * state, so nothing is lost meanwhile. A stream that ends while `isFinal` says more may come
 * (a server restarting cleanly) is opened again. Returns the function that stops it.
 */
export function liveSubscription<TData>(
  query: string,
  variables: Record<string, unknown>,
  handlers: LiveHandlers<TData>,
  isFinal: (data: TData) => boolean = () => false,
): () => void {
  let stopped = false;
  let final = false;
  let unsubscribe: (() => void) | null = null;
  let restart: ReturnType<typeof setTimeout> | null = null;
  const fail = (errors: unknown): void => handlers.onFailure(errorCodeOf({ graphQLErrors: errors as OperationError['graphQLErrors'] }));

  const open = (): void => {
    if (stopped) return;
    unsubscribe = sseClient().subscribe<TData>(
      { query, variables },
      {
        next(result) {
          // graphql-sse may still hand over what it had already read when we stopped.
          if (stopped) return;
          if (result.errors?.length) return fail(result.errors);
          if (!result.data) return;
          final = isFinal(result.data);
          handlers.onConnection('live');
          handlers.onData(result.data);
        },
        error(error: unknown) {
          if (stopped) return;
          // A list of GraphQL errors: the server refused the subscription; anything else: try again later.
          if (Array.isArray(error)) fail(error);
          else reopenLater();
        },
        complete() {
          if (!final) reopenLater();
        },
      },
      {
        connecting: (reconnecting) => {
          if (!stopped) handlers.onConnection(reconnecting ? 'reconnecting' : 'connecting');
        },
        connected: () => {
          if (!stopped) handlers.onConnection('live');
        },
      },
    );
  };
  const reopenLater = (): void => {
    if (stopped) return;
    handlers.onConnection('reconnecting');
    restart = setTimeout(() => {
      restart = null;
      open();
    }, REOPEN_MS);
  };

  open();
  return () => {
    stopped = true;
    if (restart) clearTimeout(restart);
    unsubscribe?.();
  };
}
