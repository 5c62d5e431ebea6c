import type { TestServer } from './test-server.js';
import { START, type StartedSession } from './operations.js';

/** Starts a self-assessment through the public API and returns its session. */
export async function startSession(server: TestServer, input: Record<string, unknown> = {}): Promise<StartedSession> {
  const response = await server.gql<{ startSelfAssessment: StartedSession }>(START, {
    input: { organizationName: 'Acme Logistics', industry: 'Logistics', size: '50-249', role: 'MANAGEMENT', locale: 'EN', ...input },
  });
  if (!response.data?.startSelfAssessment) throw new Error(`start failed: ${JSON.stringify(response.errors)}`);
  return response.data.startSelfAssessment;
}

/** The maturity questions of a session's questionnaire that are shown to everyone (no showIf). */
export function maturityQuestions(session: StartedSession): Array<{ id: string; options: Array<{ id: string; score: number | null }> }> {
  return session.questionnaire.dimensions.flatMap((d) => d.questions.filter((q) => q.kind === 'MATURITY'));
}

/** Counts rows of a table with a SQL where-clause on the test's database. */
export async function countRows(server: TestServer, table: string, where: string, params: unknown[]): Promise<number> {
  const placeholders = server.database.kind === 'postgres' ? where : where.replace(/\$\d+/g, '?');
  const rows = (await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${placeholders}`, params)) as Array<{ n: number | string }>;
  return Number(rows[0]?.n ?? 0);
}
