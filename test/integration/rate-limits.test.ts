import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN } from '../helpers/consultant-operations.js';
import { TEST_PASSWORD, codeOf, signUp } from '../helpers/consultant.js';
import { countRows, maturityQuestions, startSession } from '../helpers/fixtures.js';
import { SAVE, START } from '../helpers/operations.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';
import { join, openCheckup, startWorkshop, vote } from '../helpers/workshop.js';

describe('rate limits', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('should refuse an email after 10 failed sign-ins, even with the right password, and say how long to wait', async () => {
    const account = await signUp(server);
    for (let attempt = 0; attempt < 10; attempt++) {
      const wrong = await server.gql(SIGN_IN, { input: { email: account.email, password: `wrong-password-${attempt}` } });
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    }
    const limited = await server.gql(SIGN_IN, { input: { email: account.email, password: TEST_PASSWORD } });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    const seconds = limited.errors![0]!.extensions!['retryAfterSeconds'] as number;
    expect(seconds).toBeGreaterThan(800);
    expect(seconds).toBeLessThanOrEqual(900);
    expect(limited.errors![0]!.message).toContain(String(seconds));
  });

  it('should let a class of 30 behind one address start, and stop a script that keeps starting', async () => {
    const start = () =>
      server.gql(START, { input: { organizationName: 'Class', role: 'MANAGEMENT', locale: 'EN' } });
    const classroom = await Promise.all(Array.from({ length: 30 }, start));
    expect(classroom.every((r) => !r.errors)).toBe(true);
    let refused: Awaited<ReturnType<typeof start>> | undefined;
    for (let i = 30; i < 200 && !refused; i++) {
      const response = await start();
      if (response.errors) refused = response;
    }
    expect(refused && codeOf(refused)).toBe('RATE_LIMITED');
    const rows = (await server.dataSource.query("SELECT COUNT(*) AS n FROM organization WHERE name = 'Class'")) as Array<{ n: string | number }>;
    expect(Number(rows[0]!.n)).toBe(120);
  });

  it('should let a participant vote 120 times a minute, refuse the next vote without storing it, and never store the token', async () => {
    const consultant = await signUp(server);
    const workshop = await startWorkshop(consultant, await openCheckup(consultant));
    const token = await join(server, workshop.code, 'SALES');
    for (let i = 0; i < 120; i++) expect(codeOf(await vote(server, token, 'strategy-documented', i % 2 === 0 ? 'l1' : 'l2'))).toBeUndefined();
    const limited = await vote(server, token, 'strategy-documented', 'l4');
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    const stored = (await server.dataSource.query(
      `SELECT a.option_id FROM answer a INNER JOIN respondent r ON r.id = a.respondent_id WHERE r.workshop_id = '${workshop.id}'`,
    )) as Array<{ option_id: string }>;
    expect(stored).toEqual([{ option_id: 'l2' }]);
    // Another participant behind the same address votes on.
    expect(codeOf(await vote(server, await join(server, workshop.code, 'SALES'), 'strategy-documented', 'l3'))).toBeUndefined();
    if (server.database.kind === 'postgres') {
      const keys = (await server.dataSource.query('SELECT key FROM rate_limit')) as Array<{ key: string }>;
      expect(keys.some((k) => k.key.includes(token))).toBe(false);
    }
  });

  it('should purge counters whose window has ended, and keep live ones', async () => {
    if (server.database.kind !== 'postgres') {
      // Memory counters on SQLite expire by themselves: nothing to purge.
      expect(await server.services.limits.purgeExpired()).toBe(0);
      return;
    }
    await server.gql(START, { input: { organizationName: 'Counted', role: 'MANAGEMENT', locale: 'EN' } });
    const count = async () => Number(((await server.dataSource.query('SELECT COUNT(*) AS n FROM rate_limit')) as Array<{ n: string }>)[0]!.n);
    const live = await count();
    expect(live).toBeGreaterThan(0);
    expect(await server.services.limits.purgeExpired()).toBe(0);
    expect(await count()).toBe(live);
    const deleted = await server.services.limits.purgeExpired(Date.now() + 24 * 3_600_000);
    expect(deleted).toBe(live);
    expect(await count()).toBe(0);
  });
});

describe('rate limits switched off', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  it('should never answer RATE_LIMITED with RATE_LIMITS=off', async () => {
    const account = await signUp(server);
    for (let attempt = 0; attempt < 12; attempt++) {
      expect(codeOf(await server.gql(SIGN_IN, { input: { email: account.email, password: 'wrong-password!' } }))).toBe('BAD_USER_INPUT');
    }
  });

});

describe('autosave rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('should let one address autosave 1200 times a minute and refuse the next save without storing it', async () => {
    const session = await startSession(server);
    const [first, second] = maturityQuestions(session);
    for (let batch = 0; batch < 12; batch++) {
      const saves = await Promise.all(Array.from({ length: 100 }, (_, i) =>
        server.gql(SAVE, { token: session.token, answers: [{ questionId: first!.id, optionId: `l${i % 5}` }] })));
      expect(saves.every((r) => !r.errors)).toBe(true);
    }
    const refused = await server.gql(SAVE, { token: session.token, answers: [{ questionId: second!.id, optionId: 'l4' }] });
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(await countRows(server, 'answer', 'respondent_id = $1 AND question_id = $2', [session.respondentId, second!.id])).toBe(0);
  });
});
