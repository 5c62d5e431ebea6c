import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT, ORGANIZATIONS, SIGN_IN, TEAM_RESULT } from '../helpers/consultant-operations.js';
import { clientWithCookie, dataOf, sessionCookieOf } from '../helpers/consultant.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database.js';
import { postGraphQL } from '../helpers/test-server.js';

interface Listed {
  organizations: { totalCount: number; nodes: Array<{ name: string; latestAssessment: { id: string; respondentCount: number; submittedCount: number } | null }> };
}

describe('demo data (--demo)', () => {
  let database: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startServerProcess({ DATABASE_URL: database.url }, ['--demo']);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const signInWithPrintedCredentials = async (target: ServerProcess) => {
    // The start message for the person who ran the demo prints the consultant's credentials.
    const match = await target.waitForOutput(/email (\S+), password (\S+)\)/);
    const response = await postGraphQL<{ signIn: { workspaces: Array<{ id: string }> } }>(target.graphqlUrl, SIGN_IN, {
      input: { email: match![1], password: match![2] },
    });
    return { client: clientWithCookie(target.graphqlUrl, sessionCookieOf(response.setCookies)), workspaceId: dataOf(response).signIn.workspaces[0]!.id };
  };

  it('should print consultant credentials that open three clients and a check-up answered by 8 people in 5 roles', async () => {
    const { client, workspaceId } = await signInWithPrintedCredentials(server);
    const listed = dataOf(await client.gql<Listed>(ORGANIZATIONS, { workspaceId }));
    expect(listed.organizations.totalCount).toBe(3);
    const answered = listed.organizations.nodes.find((n) => n.latestAssessment)!.latestAssessment!;
    expect(answered).toMatchObject({ respondentCount: 8, submittedCount: 8 });
    const checkup = dataOf(await client.gql<{ assessment: { respondents: Array<{ role: string }>; result: { overallScore: number } | null } }>(
      ASSESSMENT, { id: answered.id },
    ));
    const roles = new Set(checkup.assessment.respondents.map((r) => r.role));
    expect(roles.size).toBe(5);
    expect(roles.has('PARTNER')).toBe(true);
    expect(checkup.assessment.result?.overallScore).toBeGreaterThan(0);
    // Groups of two are shown in the demo, so its team view has something to say.
    const team = dataOf(await client.gql<{ assessment: { result: { roleGroups: Array<{ role: string }>; perceptionGaps: unknown[] } } }>(TEAM_RESULT, { id: answered.id }));
    expect(team.assessment.result.roleGroups.map((g) => g.role)).toEqual(['MANAGEMENT', 'SALES', 'OPERATIONS', 'POOLED']);
    expect(team.assessment.result.perceptionGaps.length).toBeGreaterThan(0);
  });

  it('should leave the demo as it is when started again with --demo', async () => {
    await server.stop();
    server = await startServerProcess({ DATABASE_URL: database.url }, ['--demo']);
    const { client, workspaceId } = await signInWithPrintedCredentials(server);
    expect(dataOf(await client.gql<Listed>(ORGANIZATIONS, { workspaceId })).organizations.totalCount).toBe(3);
  });
});
