import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_ACTION_ITEM, ADD_RECOMMENDATION, CREATE_ASSESSMENT, CREATE_ORGANIZATION, INVITE_RESPONDENTS, SET_ASSESSMENT_SETTINGS, TEAM_RESULT,
  UPDATE_RECOMMENDATION,
} from '../helpers/consultant-operations.js';
import { type SessionClient, codeOf, dataOf } from '../helpers/consultant.js';
import { type Team, answerAndSubmit, answerAll, createTeam } from '../helpers/team.js';
import { IMPORT_HEADER } from '@omcheck/server';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

const BODY_LIMIT_BYTES = 100 * 1024;

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/dist/cli/omcheck.js');

export const IMPORT_ASSESSMENT = /* GraphQL */ `
  mutation ImportAssessment($workspaceId: ID!, $document: String!) {
    importAssessment(workspaceId: $workspaceId, document: $document) { id title status organization { id name } }
  }`;

const FORMULA = '=HYPERLINK("http://evil.example","click")';

interface Result {
  assessment: {
    minGroupSize: number;
    desiredRelationshipModel: string | null;
    targets: Array<{ dimensionId: string; score: number }>;
    result: {
      overallScore: number | null;
      respondentCount: number;
      dimensions: Array<{ dimensionId: string; score: number | null }>;
      recommendations: Array<{
        id: string; ruleId: string | null; title: string; status: string; dismissReason: string | null; active: boolean; priority: number;
        actionItems: Array<{ title: string; owner: string | null; dueDate: string | null; status: string }>;
      }>;
    };
  };
}

const MATURITY = /* GraphQL */ `query Maturity($id: ID!) { assessment(id: $id) { result { maturityLevel holismIndex } } }`;

/** Downloads a route with a session (or none). */
async function download(server: TestServer, route: string, client: SessionClient | null) {
  const response = await fetch(`${server.url}${route}`, { headers: client ? { cookie: client.cookie } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Every row count that an import would change. */
async function counts(server: TestServer): Promise<Record<string, number>> {
  const tables = ['organization', 'assessment', 'respondent', 'answer', 'recommendation', 'action_item', 'recommendation_change', 'result_snapshot'];
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = Number(((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: number | string }>)[0]!.n);
  return out;
}

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

describe('check-up export and import', () => {
  let server: TestServer;
  let team: Team;
  let assessmentId: string;
  const tokens: string[] = [];

  const result = async (client: SessionClient, id: string) => dataOf(await client.gql<Result>(TEAM_RESULT, { id })).assessment;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    team = await createTeam(server);
    const owner = team.owner;
    const organizationId = dataOf(await owner.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: team.workspaceId, name: 'Ça Va Logistica Srl' },
    })).createOrganization.id;
    assessmentId = dataOf(await owner.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Autumn check-up', locale: 'EN' },
    })).createAssessment.id;
    const invite = async (role: string, labels: string[]) =>
      dataOf(await owner.gql<{ inviteRespondents: Array<{ token: string }> }>(INVITE_RESPONDENTS, { input: { assessmentId, role, labels } })).inviteRespondents.map((i) => i.token);
    tokens.push(...(await invite('SALES', ['Sara Sales', 'Sam Sales', 'Sid Sales'])), ...(await invite('PARTNER', ['Pia the only partner'])), ...(await invite('OPERATIONS', ['Otto Ops'])));
    await answerAndSubmit(server, tokens[0]!, 1, FORMULA);
    await answerAndSubmit(server, tokens[1]!, 2);
    await answerAndSubmit(server, tokens[2]!, 3, 'Plain words');
    await answerAndSubmit(server, tokens[3]!, 2, 'Partner secret remark');
    // Answered, not submitted: exported, not counted.
    await answerAll(server, tokens[4]!, 4);
    dataOf(await owner.gql(SET_ASSESSMENT_SETTINGS, {
      input: { assessmentId, minGroupSize: 3, desiredRelationshipModel: 'STRATEGIC_PARTNERSHIP', targets: [{ dimensionId: 'strategy', score: 80 }] },
    }));
    const recommendations = (await result(owner, assessmentId)).result.recommendations;
    dataOf(await owner.gql(UPDATE_RECOMMENDATION, { input: { id: recommendations[0]!.id, status: 'ACCEPTED', title: 'Our own words' } }));
    dataOf(await owner.gql(UPDATE_RECOMMENDATION, { input: { id: recommendations[1]!.id, status: 'DISMISSED', dismissReason: 'Done last year' } }));
    dataOf(await owner.gql(ADD_ACTION_ITEM, { input: { recommendationId: recommendations[0]!.id, title: '+Book the workshop', owner: 'Ana', dueDate: '2027-01-15' } }));
    dataOf(await owner.gql(ADD_RECOMMENDATION, { input: { assessmentId, title: 'Visit a peer company', horizon: 'QUICK_WIN' } }));
    // Two hand-written ones share a priority: the import must keep their order.
    dataOf(await owner.gql(ADD_RECOMMENDATION, { input: { assessmentId, title: 'Agree a meeting rhythm', horizon: 'NEXT_90_DAYS' } }));
  });
  afterAll(async () => server?.close());

  describe('downloads', () => {
    it('should send the CSV with its type, a dated file name of the client, no caching, a BOM and neutralised formulas', async () => {
      const response = await download(server, `/a/${assessmentId}/export.csv?locale=it`, team.viewer);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const today = new Date().toISOString().slice(0, 10);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="ca-va-logistica-srl-${today}.csv"; filename*=UTF-8''%C3%A7a-va-logistica-srl-${today}.csv`,
      );
      expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(response.bytes, { bom: true, columns: true }) as Array<Record<string, string>>;
      const answers = rows.filter((r) => r.record === 'answer');
      expect(new Set(answers.map((r) => r.respondent))).toEqual(new Set(['R1', 'R2', 'R3', 'R4', 'R5']));
      // Three sales people reach the minimum of 3: named. The partner and the operations person do not.
      expect(new Set(answers.filter((r) => r.role === 'SALES').map((r) => r.label))).toEqual(new Set(['Sara Sales', 'Sam Sales', 'Sid Sales']));
      expect(new Set(answers.filter((r) => r.role !== 'SALES').map((r) => r.label))).toEqual(new Set(['']));
      const formula = answers.find((r) => r.respondent === 'R1' && r.comment !== '')!;
      expect(formula.comment).toBe(`'${FORMULA}`);
      expect(rows.find((r) => r.record === 'action_item')!.title).toBe("'+Book the workshop");
      // The partner's comment is kept, but neither the respondent nor the role is on its row.
      expect(answers.some((r) => r.comment?.includes('Partner secret'))).toBe(false);
      expect(rows.find((r) => r.record === 'comment')).toMatchObject({ respondent: '', role: '', comment: 'Partner secret remark' });
      const level = answers.find((r) => r.respondent === 'R2' && r.option_id === 'l2')!;
      expect(level.level).toBe('2');
      expect(rows.filter((r) => r.record === 'overall')).toHaveLength(1);
      expect(rows.filter((r) => r.record === 'recommendation').length).toBeGreaterThan(2);
      const text = response.bytes.toString('utf8');
      for (const token of tokens) expect(text).not.toContain(token);
    });

    it('should send the JSON document with its type and file name', async () => {
      const response = await download(server, `/a/${assessmentId}/export.json?locale=fa`, team.consultant);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ca-va-logistica-srl-\d{4}-\d{2}-\d{2}\.json"/);
      const document = JSON.parse(response.bytes.toString('utf8')) as { format: string; version: number; locale: string; respondents: Array<{ id: string; label: string | null }> };
      expect(document).toMatchObject({ format: 'omcheck-checkup', version: 1, locale: 'fa' });
      expect(document.respondents.map((r) => r.label)).toEqual(['Sara Sales', 'Sam Sales', 'Sid Sales', null, null]);
      for (const token of tokens) expect(response.bytes.toString('utf8')).not.toContain(token);
    });

    it('should answer an unknown locale with 400 and a clear message', async () => {
      const response = await download(server, `/a/${assessmentId}/export.csv?locale=de`, team.owner);
      expect(response.status).toBe(400);
      expect(response.bytes.toString('utf8')).toContain('en, it, nl, fa');
    });

    it('should answer another workspace and a missing id with the same plain 404, and no session with 401', async () => {
      const missing = await download(server, '/a/00000000-0000-4000-8000-000000000000/export.json', team.owner);
      const outsider = await download(server, `/a/${assessmentId}/export.json`, team.outsider);
      for (const response of [missing, outsider]) {
        expect(response.status).toBe(404);
        expect(response.bytes.toString('utf8')).toBe(missing.bytes.toString('utf8'));
        expect(response.headers.get('content-disposition')).toBeNull();
      }
      const anonymous = await download(server, `/a/${assessmentId}/export.csv`, null);
      expect([anonymous.status, anonymous.headers.get('x-error-code'), anonymous.headers.get('content-disposition')]).toEqual([401, 'UNAUTHENTICATED', null]);
    });

    it('should name a Persian client in filename* and fall back to plain ASCII', async () => {
      const organizationId = dataOf(await team.owner.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
        input: { workspaceId: team.workspaceId, name: 'شرکت پارس' },
      })).createOrganization.id;
      const id = dataOf(await team.owner.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, { input: { organizationId, title: 'بررسی', locale: 'FA' } })).createAssessment.id;
      const response = await download(server, `/a/${id}/export.csv?locale=fa`, team.owner);
      const disposition = response.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename="checkup-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^شرکت-پارس-\d{4}-\d{2}-\d{2}\.csv$/);
    });
  });

  describe('import', () => {
    let documentText: string;

    beforeAll(async () => {
      documentText = (await download(server, `/a/${assessmentId}/export.json?locale=en`, team.owner)).bytes.toString('utf8');
    });

    it('should recreate the check-up in another workspace with identical scores, settings and plan', async () => {
      const imported = dataOf(await team.outsider.gql<{ importAssessment: { id: string; title: string; organization: { name: string } } }>(IMPORT_ASSESSMENT, {
        workspaceId: team.outsider.workspaceId, document: documentText,
      })).importAssessment;
      expect(imported).toMatchObject({ title: 'Autumn check-up', organization: { name: 'Ça Va Logistica Srl' } });
      const [source, copy] = [await result(team.owner, assessmentId), await result(team.outsider, imported.id)];
      expect(copy.result.overallScore).toBe(source.result.overallScore);
      expect(copy.result.respondentCount).toBe(4);
      expect(copy.result.dimensions).toEqual(source.result.dimensions);
      expect(copy.minGroupSize).toBe(3);
      expect(copy.desiredRelationshipModel).toBe('STRATEGIC_PARTNERSHIP');
      expect(copy.targets).toEqual(source.targets);
      const plan = (r: Result['assessment']) => r.result.recommendations.map(({ ruleId, title, status, dismissReason, active, priority, actionItems }) => ({
        ruleId, title, status, dismissReason, active, priority, actionItems: actionItems.map(({ title, owner, dueDate, status }) => ({ title, owner, dueDate, status })),
      }));
      expect(plan(copy)).toEqual(plan(source));
      expect(plan(copy).find((r) => r.title === 'Our own words')).toMatchObject({ status: 'ACCEPTED', actionItems: [{ title: '+Book the workshop', owner: 'Ana', dueDate: '2027-01-15', status: 'OPEN' }] });
      const maturity = async (client: SessionClient, id: string) => dataOf(await client.gql<{ assessment: { result: unknown } }>(MATURITY, { id })).assessment.result;
      expect(await maturity(team.outsider, imported.id)).toEqual(await maturity(team.owner, assessmentId));
      // Exporting the copy gives the same respondents, answers and plan back.
      const again = JSON.parse((await download(server, `/a/${imported.id}/export.json?locale=en`, team.outsider)).bytes.toString('utf8')) as Record<string, unknown>;
      const original = JSON.parse(documentText) as Record<string, unknown>;
      for (const part of ['respondents', 'recommendations', 'result', 'client']) expect(again[part]).toEqual(original[part]);
      // Comments exported without a respondent cannot be given back to one: documented, never guessed.
      expect(again['unattributedComments']).toEqual([]);
    });

    it('should give imported respondents no working link', async () => {
      const rows = (await server.dataSource.query('SELECT token_hash FROM respondent')) as Array<{ token_hash: string }>;
      expect(new Set(rows.map((r) => r.token_hash)).size).toBe(rows.length);
    });

    it('should refuse a bad file naming what is wrong, and change nothing', async () => {
      const document = JSON.parse(documentText) as { respondents: Array<{ answers: Array<{ questionId: string }> }> };
      document.respondents[2]!.answers[5]!.questionId = 'no-such-question';
      const before = await counts(server);
      const response = await team.owner.gql(IMPORT_ASSESSMENT, { workspaceId: team.workspaceId, document: JSON.stringify(document) });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.message).toContain('respondents[2].answers[5].questionId');
      expect(response.errors![0]!.extensions!['field']).toBe('respondents[2].answers[5].questionId');
      expect(await counts(server)).toEqual(before);
    });

    it.each([
      ['not JSON', () => '{"format": "omcheck-checkup",', '(root)'],
      ['a spreadsheet', () => 'record,respondent\nanswer,R1', '(root)'],
      ['a wrong version', (text: string) => text.replace('"version": 1', '"version": 7'), 'version'],
      ['an unknown questionnaire version', (text: string) => text.replace(/"version": "1\.\d+\.\d+"/, '"version": "9.9.9"'), 'checkup.questionnaire'],
      ['a wrong role', (text: string) => text.replace('"role": "PARTNER"', '"role": "JANITOR"'), 'respondents[3].role'],
    ])('should refuse %s with the path of the problem', async (_name, change, field) => {
      const before = await counts(server);
      const response = await team.owner.gql(IMPORT_ASSESSMENT, { workspaceId: team.workspaceId, document: change(documentText) });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!['field']).toBe(field);
      expect(await counts(server)).toEqual(before);
    });

    it('should take a check-up larger than the usual request limit only as an import that says so', async () => {
      const document = JSON.parse(documentText) as { respondents: Array<{ id: string; label: string | null }> };
      const many = Array.from({ length: 5 }, (_, copy) => document.respondents.map((r) => ({ ...r, id: `${r.id}-${copy}` }))).flat();
      const large = JSON.stringify({ ...document, respondents: many }, null, 2);
      expect(Buffer.byteLength(large)).toBeGreaterThan(BODY_LIMIT_BYTES);
      const post = (body: unknown, header: boolean) =>
        fetch(server.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: team.owner.cookie, ...(header ? { [IMPORT_HEADER]: '1' } : {}) },
          body: JSON.stringify(body),
        });
      const imported = await post({ query: IMPORT_ASSESSMENT, variables: { workspaceId: team.workspaceId, document: large } }, true);
      const body = (await imported.json()) as { data?: { importAssessment: { id: string } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect((await result(team.owner, body.data!.importAssessment.id)).result.respondentCount).toBe(20);
      expect((await post({ query: IMPORT_ASSESSMENT, variables: { workspaceId: team.workspaceId, document: large } }, false)).status).toBe(413);
      expect((await post({ query: '{ viewer { user { id } } }', variables: { padding: large } }, true)).status).toBe(413);
    });
  });

  describe('omcheck report', () => {
    it('should write the CSV and JSON files as the system', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-report-'));
      try {
        const csv = await omcheck(server.database.url, ['report', assessmentId, '--format', 'csv', '--locale', 'fa', '--out', path.join(dir, 'r.csv')]);
        expect(csv).toMatchObject({ code: 0 });
        const rows = parse(fs.readFileSync(path.join(dir, 'r.csv')), { bom: true, columns: true }) as Array<Record<string, string>>;
        expect(rows.filter((r) => r.record === 'answer').length).toBeGreaterThan(50);
        const json = await omcheck(server.database.url, ['report', assessmentId, '--format', 'json', '--out', path.join(dir, 'r.json')]);
        expect(json.code).toBe(0);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'))).toMatchObject({ format: 'omcheck-checkup', locale: 'en' });
        const missing = await omcheck(server.database.url, ['report', '00000000-0000-4000-8000-000000000000', '--format', 'csv', '--out', path.join(dir, 'x.csv')]);
        expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('no such check-up') });
        expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
