import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_ASSESSMENT, CREATE_ORGANIZATION, INVITE_RESPONDENTS } from '../helpers/consultant-operations.js';
import { type SignedUp, dataOf, signUp } from '../helpers/consultant.js';
import { START, SUBMIT } from '../helpers/operations.js';
import { QueryCounter } from '../helpers/query-counter.js';
import { answerAll } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

/** Bounded writes: scoring costs the same number of statements for 1 or 10 respondents. */
describe('SQL statements per operation', () => {
  const counter = new QueryCounter();
  let server: TestServer;
  let consultant: SignedUp;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' }, queryCounter: counter });
    consultant = await signUp(server);
  });
  afterAll(async () => server?.close());

  /** A check-up with `count` invited respondents; returns their tokens. */
  async function checkup(count: number): Promise<string[]> {
    const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: consultant.workspaceId, name: `Client of ${count}` },
    })).createOrganization.id;
    const assessmentId = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Counted', locale: 'EN' },
    })).createAssessment.id;
    return dataOf(await consultant.gql<{ inviteRespondents: Array<{ token: string }> }>(INVITE_RESPONDENTS, {
      input: { assessmentId, role: 'MANAGEMENT', labels: Array(count).fill('') },
    })).inviteRespondents.map((i) => i.token);
  }

  const submit = async (token: string) => (await counter.during(() => server.gql(SUBMIT, { token }))).length;

  it('should score and re-score with the same number of statements for 1 and 10 respondents and any number of recommendations', async () => {
    const [single] = await checkup(1);
    await answerAll(server, single!, 0);
    const firstSingle = await submit(single!);
    const rescoreSingle = await submit(single!);

    const team = await checkup(10);
    for (const token of team) await answerAll(server, token, 2);
    const firstTeam = await submit(team[0]!);
    for (const token of team.slice(1, 9)) await submit(token);
    const rescoreTeam = await submit(team[9]!);

    expect(firstTeam).toBe(firstSingle);
    expect(rescoreTeam).toBe(rescoreSingle);
    // 16 before the portfolio: + 4 to keep the client's latest-result rows (read its check-ups, upsert, replace dimension rows).
    expect(rescoreSingle).toBeLessThanOrEqual(20);
  });

  it('should start a self-assessment in a few statements', async () => {
    const statements = await counter.during(() => server.gql(START, { input: { organizationName: 'Counted', role: 'MANAGEMENT', locale: 'EN' } }));
    // 14 before the repositories took over the writes, 9 while inserts read their rows back:
    // BEGIN, three inserts, COMMIT and the one lookup of the new link.
    expect(statements.length).toBeLessThanOrEqual(6);
  });
});
