import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/consultant.js';
import { countRows, maturityQuestions, startSession } from '../helpers/fixtures.js';
import { SAVE, SESSION, START } from '../helpers/operations.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database.js';
import { type TestServer, postGraphQL, startTestServer } from '../helpers/test-server.js';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/dist/cli/omcheck.js');

/** What the reliability probe of 2026-11-30 found; each test failed before its fix. */
describe('reliability', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  it('should refuse a NUL character in free text on both databases, and save nothing of the batch', async () => {
    const session = await startSession(server);
    const [first, second] = maturityQuestions(session);
    const response = await server.gql(SAVE, {
      token: session.token,
      answers: [
        { questionId: first!.id, optionId: first!.options[0]!.id },
        { questionId: second!.id, optionId: second!.options[1]!.id, comment: 'before\u0000after' },
      ],
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!['field']).toBe('answers[1].comment');
    expect(await countRows(server, 'answer', 'respondent_id = $1', [session.respondentId])).toBe(0);
    const intake = await server.gql(START, { input: { organizationName: 'Acme\u0000', role: 'MANAGEMENT', locale: 'EN' } });
    expect(codeOf(intake)).toBe('BAD_USER_INPUT');
    expect(intake.errors![0]!.extensions!['field']).toBe('input.organizationName');
  });

  it('should not deadlock when one respondent saves from two tabs in different orders', async () => {
    const session = await startSession(server);
    const questions = maturityQuestions(session).slice(0, 20);
    const batch = (level: number) => questions.map((q) => ({ questionId: q.id, optionId: q.options[level]!.id }));
    const failures: unknown[] = [];
    for (let round = 0; round < 15; round++) {
      const [a, b] = await Promise.all([
        server.gql(SAVE, { token: session.token, answers: batch(round % 5) }),
        server.gql(SAVE, { token: session.token, answers: [...batch((round + 1) % 5)].reverse() }),
      ]);
      for (const response of [a, b]) if (response.errors) failures.push(response.errors);
    }
    expect(failures).toEqual([]);
  });

  it('should cap echoed input: a 90 KB unknown option id does not come back twice', async () => {
    const session = await startSession(server);
    const [question] = maturityQuestions(session);
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SAVE, variables: { token: session.token, answers: [{ questionId: question!.id, optionId: 'x'.repeat(90_000) }] } }),
    });
    const text = await response.text();
    expect(text.length).toBeLessThan(5_000);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('should say why a query of 900 repeated fields is refused', async () => {
    const response = await server.gql(`{ ${Array(900).fill('__typename').join(' ')} }`);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0]!.message).toMatch(/repeats the same fields/);
  });

  it('should tell browsers and proxies never to store GraphQL answers', async () => {
    const session = await startSession(server);
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SESSION, variables: { token: session.token } }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('should answer robots.txt with the rules, not with the web page', async () => {
    const response = await fetch(`${server.url}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const body = await response.text();
    expect(body).toMatch(/^User-agent: \*/);
    expect(body).toContain('Disallow: /r/');
    expect(body).toContain('Disallow: /s/');
    // The public demo is the one private-looking page search engines may show.
    expect(body).toContain('Allow: /r/demo-rossi-food-2026');
  });

  it('should answer a missing static asset with a plain 404 that names nothing on disk', async () => {
    const response = await fetch(`${server.url}/assets/does-not-exist-1234.js`);
    const body = await response.text();
    expect(response.status).toBe(404);
    expect(body).not.toMatch(/\/(work|tmp|home|usr)\//);
    expect(body).not.toContain('BAD_REQUEST');
  });
});

describe('the running server process', () => {
  let database: TestDatabase;
  let app: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Request lines are debug detail: the log test reads them.
    app = await startServerProcess({ DATABASE_URL: database.url, RATE_LIMITS: 'off', LOG_LEVEL: 'debug' }, ['--demo']);
    await app.waitForOutput(/Consultant console/);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('should never write a token sent in a GET query string to the request log', async () => {
    const secret = 'secret-token-for-the-log-test-0123456789';
    const query = encodeURIComponent('query($t: String!) { respondentSession(token: $t) { token } }');
    await fetch(`${app.url}/graphql?query=${query}&variables=${encodeURIComponent(JSON.stringify({ t: secret }))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    await fetch(`${app.url}/r/${secret}/results`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.output()).toContain('"url":"/graphql?[redacted]"');
    expect(app.output()).not.toContain(secret);
  });

  it('should keep the public demo read-only', async () => {
    const opened = await postGraphQL<{ respondentSession: { token: string } }>(app.graphqlUrl, SESSION, { token: 'demo-rossi-food-2026' });
    expect(opened.errors).toBeUndefined();
    const write = await postGraphQL(app.graphqlUrl, SAVE, { token: 'demo-rossi-food-2026', answers: [] });
    expect(codeOf(write)).toBe('CONFLICT');
    expect(write.errors![0]!.message).toMatch(/read-only demo/);
  });

  it('should log that it stopped cleanly after SIGTERM', async () => {
    await app.stop();
    expect(app.output()).toContain('stopped cleanly');
  });
});

describe('omcheck purge', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  it('should delete self-assessments never answered after the retention period, and keep the rest', async () => {
    const abandoned = await startSession(server, { organizationName: 'Abandoned Ltd' });
    const answered = await startSession(server, { organizationName: 'Answered Ltd' });
    await startSession(server, { organizationName: 'Fresh Ltd' });
    const [question] = maturityQuestions(answered);
    await server.gql(SAVE, { token: answered.token, answers: [{ questionId: question!.id, optionId: question!.options[2]!.id }] });
    const old = new Date(Date.now() - 40 * 86_400_000);
    await server.dataSource.getRepository('OrganizationEntity').update({ name: 'Abandoned Ltd' }, { createdAt: old });
    await server.dataSource.getRepository('OrganizationEntity').update({ name: 'Answered Ltd' }, { createdAt: old });

    const output = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [cli, 'purge', '--days', '30'], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: server.database.url } });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', () => resolve(out));
    });
    expect(output).toMatch(/deleted 1 unanswered/);
    expect(await countRows(server, 'organization', "name = 'Abandoned Ltd'", [])).toBe(0);
    expect(await countRows(server, 'respondent', 'id = $1', [abandoned.respondentId])).toBe(0);
    expect(await countRows(server, 'organization', "name IN ('Answered Ltd', 'Fresh Ltd')", [])).toBe(2);
  });
});
