import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE, START, type StartedSession } from '../helpers/operations.js';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.js';
import { type TestDatabase, createTestDatabase } from '../helpers/test-database.js';
import { postGraphQL } from '../helpers/test-server.js';

interface Sent {
  /** The last value the server acknowledged. */
  acknowledged: string | null;
  /** Values sent after it whose answers never came (in flight at the kill). */
  unacknowledged: Set<string>;
}

/**
 * Crash safety: writers save answers as fast as they can, the server is killed with SIGKILL in
 * the middle, restarted on the same database — SQLite passes its integrity check and every
 * acknowledged answer is there with its last acknowledged value (or a later one that was in flight).
 */
describe('a SIGKILL during writes', () => {
  let database: TestDatabase;
  let app: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startServerProcess({ DATABASE_URL: database.url, RATE_LIMITS: 'off' });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('should lose no acknowledged answer', async () => {
    const sessions: StartedSession[] = [];
    for (let i = 0; i < 6; i++) {
      const started = await postGraphQL<{ startSelfAssessment: StartedSession }>(app.graphqlUrl, START, {
        input: { organizationName: `Crash ${i}`, role: 'MANAGEMENT', locale: 'EN' },
      });
      sessions.push(started.data!.startSelfAssessment);
    }
    const sent = new Map<string, Sent>();
    let running = true;
    const writer = async (session: StartedSession, seed: number) => {
      const questions = session.questionnaire.dimensions.flatMap((d) => d.questions.filter((q) => q.kind === 'MATURITY'));
      for (let n = seed; running; n++) {
        const question = questions[n % questions.length]!;
        const optionId = question.options[n % 5]!.id;
        const key = `${session.respondentId}/${question.id}`;
        const entry = sent.get(key) ?? { acknowledged: null, unacknowledged: new Set<string>() };
        entry.unacknowledged.add(optionId);
        sent.set(key, entry);
        try {
          const response = await postGraphQL(app.graphqlUrl, SAVE, { token: session.token, answers: [{ questionId: question.id, optionId }] });
          if (response.errors) throw new Error(JSON.stringify(response.errors));
          entry.acknowledged = optionId;
          entry.unacknowledged = new Set();
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = sessions.map((session, i) => writer(session, i * 7));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    app.process.kill('SIGKILL');
    running = false;
    await Promise.all(writers);
    if (app.process.exitCode === null && app.process.signalCode === null) await new Promise((resolve) => app.process.once('exit', resolve));

    if (database.kind === 'sqlite') {
      const file = new Database(database.url);
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      file.close();
    }
    app = await startServerProcess({ DATABASE_URL: database.url, RATE_LIMITS: 'off' });
    const acknowledged = [...sent.values()].filter((s) => s.acknowledged !== null).length;
    expect(acknowledged).toBeGreaterThan(20);
    for (const session of sessions) {
      const stored = await postGraphQL<{ respondentSession: { answers: Array<{ questionId: string; optionId: string }> } }>(
        app.graphqlUrl,
        'query($t: String!) { respondentSession(token: $t) { answers { questionId optionId } } }',
        { t: session.token },
      );
      const byQuestion = new Map(stored.data!.respondentSession.answers.map((a) => [a.questionId, a.optionId]));
      for (const [key, entry] of sent) {
        const [respondentId, questionId] = key.split('/');
        if (respondentId !== session.respondentId || entry.acknowledged === null) continue;
        const value = byQuestion.get(questionId!);
        expect(value === entry.acknowledged || (value !== undefined && entry.unacknowledged.has(value)), `${key}: stored ${value}, acknowledged ${entry.acknowledged}`).toBe(true);
      }
    }
  });
});
