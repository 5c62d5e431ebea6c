import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ORGANIZATION, ORGANIZATIONS, SIGN_IN, SIGN_OUT, VIEWER } from '../helpers/consultant-operations.js';
import { TEST_PASSWORD, clientWithCookie, codeOf, dataOf, signUp } from '../helpers/consultant.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { type TestDatabase, createTestDatabase, testDatabaseKind } from '../helpers/test-database.js';
import { postGraphQL } from '../helpers/test-server.js';

// Several instances share one database only on PostgreSQL; SQLite is one embedded file for one process.
describe.skipIf(testDatabaseKind() !== 'postgres')('two server instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let first: ServerProcess;
  let second: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // Migrations run as one step (the first instance), then the second starts on the migrated schema.
    first = await startServerProcess({ DATABASE_URL: database.url });
    second = await startServerProcess({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('should honour a session made on one instance on the other', async () => {
    const made = await signUp({ graphqlUrl: first.graphqlUrl });
    const elsewhere = clientWithCookie(second.graphqlUrl, made.cookie);
    const viewer = dataOf(await elsewhere.gql<{ viewer: { user: { email: string } } }>(VIEWER));
    expect(viewer.viewer.user.email).toBe(made.email);
    dataOf(await elsewhere.gql(CREATE_ORGANIZATION, { input: { workspaceId: made.workspaceId, name: 'Seen everywhere' } }));
    const listed = dataOf(await made.gql<{ organizations: { totalCount: number } }>(ORGANIZATIONS, { workspaceId: made.workspaceId }));
    expect(listed.organizations.totalCount).toBe(1);
  });

  it('should end the session on both instances when signing out on one', async () => {
    const made = await signUp({ graphqlUrl: first.graphqlUrl });
    dataOf(await clientWithCookie(second.graphqlUrl, made.cookie).gql(SIGN_OUT));
    expect(dataOf(await made.gql(VIEWER))).toEqual({ viewer: null });
    expect(codeOf(await made.gql(ORGANIZATIONS, { workspaceId: made.workspaceId }))).toBe('UNAUTHENTICATED');
  });

  it('should count sign-in attempts against one budget across both instances', async () => {
    const made = await signUp({ graphqlUrl: second.graphqlUrl });
    for (let attempt = 0; attempt < 10; attempt++) {
      const target = attempt % 2 === 0 ? first : second;
      const wrong = await postGraphQL(target.graphqlUrl, SIGN_IN, { input: { email: made.email, password: `not-it-${attempt}` } });
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    }
    for (const target of [first, second]) {
      const limited = await postGraphQL(target.graphqlUrl, SIGN_IN, { input: { email: made.email, password: TEST_PASSWORD } });
      expect(codeOf(limited)).toBe('RATE_LIMITED');
    }
  });

  it('should never write a session token to the logs', () => {
    const logs = first.output() + second.output();
    expect(logs).not.toMatch(/omcheck_session=/);
    expect(logs).toContain('OM Check-up is listening');
  });
});
