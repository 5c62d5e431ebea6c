import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The built server loaded into the test process would resolve `graphql` through Vite (its ESM
 * build, `index.mjs`) while type-graphql and graphql-sse, loaded by Node, get the CommonJS build:
 * two copies, and graphql-sse's handler refuses a schema validated by the other ("Cannot use
 * GraphQLSchema from another module or realm"). One copy for everything, as under plain Node.
 */
const graphqlEntry = createRequire(fileURLToPath(new URL('./server/package.json', import.meta.url))).resolve('graphql');
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] };

/**
 * One runner, several projects: pure unit tests (shared, server, client, golden fixtures), integration tests of the GraphQL contract on
 * SQLite and on PostgreSQL (the same files, run twice), and browser end-to-end tests.
 */
export default defineConfig({
  // Unit tests run the workspace packages from source; integration and e2e tests use the build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'shared', root: 'shared', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'server', root: 'server', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'client', root: 'client', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'fixtures', root: 'test', include: ['fixtures/**/*.test.ts'] },
      },
      {
        test: {
          name: 'integration-sqlite',
          root: 'test',
          include: ['integration/**/*.test.ts'],
          env: { TEST_DATABASE: 'sqlite' },
          ...oneGraphql,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration-postgres',
          root: 'test',
          include: ['integration/**/*.test.ts'],
          env: { TEST_DATABASE: 'postgres' },
          ...oneGraphql,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'test',
          include: ['e2e/**/*.spec.ts'],
          ...oneGraphql,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
