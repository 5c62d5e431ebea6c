import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../helpers/consultant.js';
import { maturityQuestions } from '../helpers/fixtures.js';
import { RESULT, SAVE, START, SUBMIT, type StartedSession } from '../helpers/operations.js';
import { type ServerProcess, startServerProcess, startServerWithPnpm } from '../helpers/server-process.js';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database.js';
import { postGraphQL } from '../helpers/test-server.js';

/**
 * The server as it is deployed: its own process with NODE_ENV=production, which every other
 * helper replaces with `test`. Apollo Server behaves differently outside `test` (its own signal
 * handler hid a shutdown fault from every other test), so what a deployment relies on is checked here.
 */
describe('the server in production mode', () => {
  let database: TestDatabase;
  let app: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startServerProcess({ DATABASE_URL: database.url, NODE_ENV: 'production', RATE_LIMITS: 'off' });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('should run a self-assessment from start to results', async () => {
    const started = await postGraphQL<{ startSelfAssessment: StartedSession }>(app.graphqlUrl, START, {
      input: { organizationName: 'Production Ltd', role: 'MANAGEMENT', locale: 'EN' },
    });
    expect(started.errors).toBeUndefined();
    const session = started.data!.startSelfAssessment;
    const answers = maturityQuestions(session).map((question) => ({ questionId: question.id, optionId: question.options[3]!.id }));
    const saved = await postGraphQL<{ saveAnswers: { saved: number } }>(app.graphqlUrl, SAVE, { token: session.token, answers });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveAnswers.saved).toBe(answers.length);
    const submitted = await postGraphQL<{ submitResponses: { overallScore: number } }>(app.graphqlUrl, SUBMIT, { token: session.token });
    expect(submitted.errors).toBeUndefined();
    const result = await postGraphQL<{ assessmentResult: { overallScore: number; recommendations: unknown[] } }>(app.graphqlUrl, RESULT, {
      token: session.token,
      locale: 'IT',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.assessmentResult.overallScore).toBe(submitted.data!.submitResponses.overallScore);
  });

  it('should refuse introspection and name no field the caller did not ask for', async () => {
    const introspection = await postGraphQL(app.graphqlUrl, '{ __schema { types { name } } }');
    expect(codeOf(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    const misspelled = await postGraphQL(app.graphqlUrl, 'query($t: String!) { respondentSession(token: $t) { progres { answered } } }', { t: 'x' });
    expect(codeOf(misspelled)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(misspelled.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('should answer a refused request with its code and no stack trace', async () => {
    const refused = await postGraphQL(app.graphqlUrl, SAVE, { token: 'no-such-token-0123456789abcdef', answers: [] });
    expect(codeOf(refused)).toBe('NOT_FOUND');
    const serialized = JSON.stringify(refused.errors);
    expect(serialized).not.toContain('stacktrace');
    expect(serialized).not.toMatch(/\/(work|tmp|home|usr)\//);
  });

  it('should serve the app, and no Apollo landing page to a browser that opens /graphql', async () => {
    // Apollo's production landing page is HTML that loads scripts from Apollo's CDN.
    const landing = await fetch(app.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await landing.text()).not.toMatch(/<html|cdn\.jsdelivr|apollographql\.com/i);
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="app"');
  });
});

describe('the server process in production mode, stopping', () => {
  // Apollo Server listens for SIGTERM itself outside NODE_ENV=test; on PostgreSQL its handler and
  // ours together kept the server from stopping until the shutdown timeout (10 s) killed it.
  it('should stop cleanly, and at once, after SIGTERM', async () => {
    const database = await createTestDatabase();
    try {
      const app = await startServerProcess({ DATABASE_URL: database.url, NODE_ENV: 'production', RATE_LIMITS: 'off' });
      const closed = new Promise<number | null>((resolve) => app.process.once('close', (code) => resolve(code)));
      const started = Date.now();
      app.process.kill('SIGTERM');
      const code = await closed;
      expect(app.output()).toContain('stopped cleanly');
      expect(app.output()).not.toContain('shutdown timed out');
      expect(code).toBe(0);
      expect(Date.now() - started).toBeLessThan(8_000);
    } finally {
      await database.drop();
    }
  }, 30_000);
});

describe('the server started by the package manager, as the README says', () => {
  // Ctrl+C reaches the whole process group. Without `exec` in the start scripts, the `sh -c` that
  // pnpm runs them in died of the signal and pnpm printed "ELIFECYCLE Command failed." under the
  // server's "stopped cleanly", exiting as if it had crashed.
  it('should stop cleanly, and quietly, when Ctrl+C reaches the whole process group', async () => {
    const database = await createTestDatabase();
    try {
      const app = await startServerWithPnpm({ DATABASE_URL: database.url, NODE_ENV: 'production', RATE_LIMITS: 'off' });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        app.process.once('close', (code, signal) => resolve({ code, signal })),
      );
      process.kill(-app.process.pid!, 'SIGINT');
      const { code, signal } = await ended;
      const output = app.output();
      expect(output).toContain('stopped cleanly');
      expect(output).not.toMatch(/ELIFECYCLE|Command failed/);
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    } finally {
      await database.drop();
    }
  }, 60_000);
});
