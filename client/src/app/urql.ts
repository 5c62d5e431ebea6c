import { Client, cacheExchange, fetchExchange } from '@urql/vue';

/**
 * The one GraphQL client. The server's CSRF prevention accepts only POST with a JSON content
 * type, and urql sends queries as GET by default since v4: `preferGetMethod: false` keeps
 * every operation a JSON POST.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-first',
});
