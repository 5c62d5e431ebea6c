import { defineConfig } from 'vitest/config';

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
        test: { name: 'client', root: 'client', include: ['src/**/*.test.ts', 'build/**/*.test.ts'], environment: 'node' },
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
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'test',
          include: ['e2e/**/*.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
