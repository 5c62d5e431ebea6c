import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from '@urql/vue';

type ErrorListener = (error: CombinedError) => void;
const errorListeners = new Set<ErrorListener>();

/**
 * Calls `listener` with every failed operation's error until the returned function is called
 * (the console uses it to send a signed-out user to the sign-in page).
 */
export function onOperationError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

/**
 * The one GraphQL client. The server's CSRF prevention accepts only POST with a JSON content
 * type, and urql sends queries as GET by default since v4: `preferGetMethod: false` keeps
 * every operation a JSON POST. The session is an httpOnly cookie on the same origin.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [
    cacheExchange,
    mapExchange({
      onError(error) {
        for (const listener of errorListeners) listener(error);
      },
    }),
    fetchExchange,
  ],
  preferGetMethod: false,
  requestPolicy: 'cache-first',
  fetchOptions: { credentials: 'same-origin' },
});
