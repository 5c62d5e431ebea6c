import { createDataSource, createLogger, createServices, loadConfig, migrate, startApp, type RunningApp, type Services } from '@omcheck/server';
import type { DataSource } from 'typeorm';
import { clientDist } from './client-build.js';
import type { QueryCounter } from './query-counter.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
}

/** Options of one GraphQL request. */
export interface GqlOptions {
  /** The Cookie header to send (a signed-in session). */
  cookie?: string;
}

export interface TestServer {
  url: string;
  graphqlUrl: string;
  database: TestDatabase;
  dataSource: DataSource;
  /** The server's own services, for checks no API exposes (purges, counters). */
  services: Services;
  /** POSTs a GraphQL operation as JSON, like the web client does. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** A GraphQL response with the Set-Cookie headers it carried. */
export type GraphQLResponseWithCookies<T> = GraphQLResponse<T> & { setCookies: string[] };

/** POSTs a GraphQL operation to any server URL, optionally with a Cookie header. */
export async function postGraphQL<T = Record<string, unknown>>(
  graphqlUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  options: GqlOptions = {},
): Promise<GraphQLResponseWithCookies<T>> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body, setCookies: response.headers.getSetCookie() };
}

/** The real built server on a fresh database, listening on a random port. */
export async function startTestServer(
  options: { database?: TestDatabaseKind; introspection?: boolean; env?: Record<string, string>; queryCounter?: QueryCounter } = {},
): Promise<TestServer> {
  const database = await createTestDatabase(options.database);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    GRAPHQL_INTROSPECTION: options.introspection === false ? 'false' : 'true',
    CLIENT_DIST_DIR: clientDist,
    ...options.env,
  });
  const dataSource = createDataSource(config.database, options.queryCounter ? { queryLogger: options.queryCounter } : {});
  await dataSource.initialize();
  await migrate(dataSource);
  const services = createServices(dataSource, config);
  const app: RunningApp = await startApp(config, dataSource, createLogger(config), services);
  const graphqlUrl = `${app.url}/graphql`;
  return {
    url: app.url,
    graphqlUrl,
    database,
    dataSource,
    services,
    gql<T>(query: string, variables?: Record<string, unknown>, gqlOptions?: GqlOptions) {
      return postGraphQL<T>(graphqlUrl, query, variables, gqlOptions);
    },
    async close() {
      await app.stop();
      await services.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
