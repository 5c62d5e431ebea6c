import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, clientWithCookie, dataOf, signUp } from '../helpers/consultant.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { subscribeSse } from '../helpers/sse.js';
import { type TestDatabase, createTestDatabase, testDatabaseKind } from '../helpers/test-database.js';
import { postGraphQL } from '../helpers/test-server.js';
import { join, openCheckup, startWorkshop, vote } from '../helpers/workshop.js';
import { REVEAL_QUESTION, WORKSHOP_FOLLOW, WORKSHOP_UPDATED, type FollowState, type Workshop } from '../helpers/workshop-operations.js';

const Q1 = 'strategy-documented';
type Updated = { workshopUpdated: Workshop };

// Several instances share one database only on PostgreSQL; SQLite is one embedded file for one process.
describe.skipIf(testDatabaseKind() !== 'postgres')('a workshop across two server instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let first: ServerProcess;
  let second: ServerProcess;
  let consultant: SignedUp;
  let workshop: Workshop;
  const tokens: string[] = [];

  const onSecond = { gql: <T>(query: string, variables?: Record<string, unknown>) => postGraphQL<T>(second.graphqlUrl, query, variables) };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // Debug logs: every request is logged, so the token check below means something.
    first = await startServerProcess({ DATABASE_URL: database.url, LOG_LEVEL: 'debug', RATE_LIMITS: 'off' });
    second = await startServerProcess({ DATABASE_URL: database.url, LOG_LEVEL: 'debug', RATE_LIMITS: 'off' });
    consultant = await signUp({ graphqlUrl: first.graphqlUrl });
    workshop = await startWorkshop(consultant, await openCheckup(consultant));
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('should push the votes cast on instance B to the facilitator subscribed on instance A', async () => {
    const facilitator = await subscribeSse<Updated>(first.url, WORKSHOP_UPDATED, { workshopId: workshop.id }, { cookie: consultant.cookie });
    await facilitator.waitFor(() => true);
    for (const role of ['SALES', 'SALES', 'OPERATIONS']) tokens.push(await join(onSecond, workshop.code, role));
    await facilitator.waitFor((e) => e.data?.workshopUpdated.participantCount === 3);
    for (const token of tokens) dataOf(await vote(onSecond, token, Q1, 'l2'));
    const counted = await facilitator.waitFor((e) => e.data?.workshopUpdated.questions[0]!.voteCount === 3);
    expect(counted.data!.workshopUpdated.participantsByRole).toEqual([{ role: 'SALES', count: 2 }, { role: 'OPERATIONS', count: 1 }]);
    facilitator.close();
  });

  it('should push the facilitator’s reveal on instance A to a phone following on instance B', async () => {
    const phone = await subscribeSse<{ workshopFollow: FollowState }>(second.url, WORKSHOP_FOLLOW, { token: tokens[0] });
    await phone.waitFor((e) => e.data?.workshopFollow.revealed === false);
    dataOf(await clientWithCookie(first.graphqlUrl, consultant.cookie).gql(REVEAL_QUESTION, { workshopId: workshop.id, questionId: Q1 }));
    await phone.waitFor((e) => e.data?.workshopFollow.revealed === true);
    phone.close();
  });

  it('should listen again after the database drops the listening connection, missing nothing', async () => {
    const facilitator = await subscribeSse<Updated>(first.url, WORKSHOP_UPDATED, { workshopId: workshop.id }, { cookie: consultant.cookie });
    await facilitator.waitFor(() => true);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const killed = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN omcheck_workshop%'",
    );
    await admin.end();
    expect(killed.rowCount).toBe(2);
    // Joined while the listeners are down: seen once they are back (every subscriber re-reads).
    tokens.push(await join(onSecond, workshop.code, 'MARKETING'));
    await facilitator.waitFor((e) => e.data?.workshopUpdated.participantCount === 4, 15_000);
    facilitator.close();
  });

  it('should never write a participant token to the logs', () => {
    const logs = first.output() + second.output();
    expect(logs).toContain('request completed');
    for (const token of tokens) expect(logs).not.toContain(token);
  });
});
