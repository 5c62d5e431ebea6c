import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, signIn } from '../helpers/consultant.js';
import { PORTFOLIO, RESULT_BENCHMARK } from '../helpers/portfolio-operations.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/dist/cli/omcheck.js');

function omcheck(databaseUrl: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

interface Seeded { workspaceId: string; owner: { email: string; password: string }; clients: number; assessments: number; respondents: number; answers: number }

describe('omcheck seed:portfolio', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  it('should generate a scored workspace the portfolio and benchmarks read like any other', async () => {
    const run = await omcheck(server.database.url, ['seed:portfolio', '--assessments', '24', '--seed', '5']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/24\/24 check-ups/);
    const seeded = JSON.parse(run.stdout) as Seeded;
    expect(seeded.assessments).toBe(24);
    expect(seeded.answers).toBeGreaterThan(24 * 100);

    const count = async (sql: string) => Number((await server.dataSource.query(sql.replace('?', server.dataSource.options.type === 'postgres' ? '$1' : '?'), [seeded.workspaceId]))[0].n);
    expect(await count('SELECT COUNT(*) AS n FROM assessment WHERE workspace_id = ?')).toBe(24);
    expect(await count('SELECT COUNT(*) AS n FROM answer a INNER JOIN assessment s ON s.id = a.assessment_id WHERE s.workspace_id = ?')).toBe(seeded.answers);
    expect(await count('SELECT COUNT(*) AS n FROM organization_latest_result WHERE workspace_id = ?')).toBeGreaterThan(0);

    const owner = { ...(await signIn(server.graphqlUrl, seeded.owner.email, seeded.owner.password)) };
    const portfolio = dataOf(await owner.gql<{ portfolio: { totalCount: number; nodes: Array<{ latest: { assessmentId: string; overallScore: number | null } | null; checkupCount: number }> } }>(
      PORTFOLIO, { workspaceId: seeded.workspaceId, first: 100, orderBy: { field: 'OVERALL_SCORE', direction: 'DESC' } },
    )).portfolio;
    expect(portfolio.totalCount).toBe(seeded.clients);
    expect(portfolio.nodes.reduce((sum, n) => sum + n.checkupCount, 0)).toBe(24);
    const scored = portfolio.nodes.find((n) => n.latest)!;
    const result = dataOf(await owner.gql<{ assessment: { result: { overallScore: number; benchmark: { peerCount: number } | null } } }>(RESULT_BENCHMARK, { id: scored.latest!.assessmentId })).assessment.result;
    // The row and the snapshot agree; every other scored client is a peer.
    expect(result.overallScore).toBe(scored.latest!.overallScore);
    expect(result.benchmark?.peerCount).toBe(portfolio.nodes.filter((n) => n.latest).length - 1);
  });

  it('should write many batches, two at once on PostgreSQL, each row whole and where it belongs', async () => {
    // 500 check-ups are about 170 clients: two transactions of up to 150 clients, the first with
    // some 140,000 answers, sent in several statements.
    const run = await omcheck(server.database.url, ['seed:portfolio', '--assessments', '500', '--seed', '9']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(/check-ups, \d+ answers, \d+ s/g)).toHaveLength(2);
    const seeded = JSON.parse(run.stdout) as Seeded;
    const pg = server.dataSource.options.type === 'postgres';
    const one = async (sql: string) => Number((await server.dataSource.query(sql.replace(/\?/g, pg ? '$1' : '?'), [seeded.workspaceId]))[0].n);
    const inWorkspace = 'INNER JOIN assessment s ON s.id = x.assessment_id WHERE s.workspace_id = ?';
    expect(await one('SELECT COUNT(*) AS n FROM organization WHERE workspace_id = ?')).toBe(seeded.clients);
    expect(await one('SELECT COUNT(*) AS n FROM assessment WHERE workspace_id = ?')).toBe(500);
    expect(await one(`SELECT COUNT(*) AS n FROM respondent x ${inWorkspace}`)).toBe(seeded.respondents);
    expect(await one(`SELECT COUNT(*) AS n FROM answer x ${inWorkspace}`)).toBe(seeded.answers);
    // Columns go as separate arrays on PostgreSQL: a shifted one would pair an answer with another check-up.
    expect(await one(`SELECT COUNT(*) AS n FROM answer x INNER JOIN respondent r ON r.id = x.respondent_id ${inWorkspace} AND r.assessment_id <> x.assessment_id`)).toBe(0);
    const recommendations = await server.dataSource.query(
      `SELECT x.active, x.evidence FROM recommendation x ${inWorkspace.replace('?', pg ? '$1' : '?')} LIMIT 5`, [seeded.workspaceId],
    ) as Array<{ active: boolean | number; evidence: unknown }>;
    expect(recommendations).toHaveLength(5);
    for (const r of recommendations) {
      expect(Boolean(r.active)).toBe(true);
      expect(typeof r.evidence === 'string' ? JSON.parse(r.evidence) : r.evidence).toEqual(expect.anything());
    }
    const owner = { ...(await signIn(server.graphqlUrl, seeded.owner.email, seeded.owner.password)) };
    const portfolio = dataOf(await owner.gql<{ portfolio: { totalCount: number } }>(PORTFOLIO, { workspaceId: seeded.workspaceId })).portfolio;
    expect(portfolio.totalCount).toBe(seeded.clients);
  });

  it('should refuse a bad count or an unknown workspace, writing nothing', async () => {
    expect((await omcheck(server.database.url, ['seed:portfolio', '--assessments', 'many'])).code).toBe(2);
    const unknown = await omcheck(server.database.url, ['seed:portfolio', '--assessments', '3', '--workspace', '00000000-0000-4000-8000-00000000dead']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no workspace/);
  });
});
