import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, maturityQuestions, startSession } from '../helpers/fixtures.js';
import { SAVE, SESSION, type AnswerState, type StartedSession } from '../helpers/operations.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const RESPONDENTS = 20;
const SAVES_PER_RESPONDENT = 15;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A deterministic level for respondent r, question index q, at save round s. */
const levelFor = (r: number, q: number, s: number) => `l${(r + q + s) % 5}`;

describe('concurrent saves', () => {
  it('should lose and duplicate nothing with 20 respondents saving at once', async () => {
    const sessions: StartedSession[] = await Promise.all(Array.from({ length: RESPONDENTS }, () => startSession(server)));
    const questions = maturityQuestions(sessions[0]!).map((q) => q.id);
    const expected = sessions.map(() => new Map<string, string>());
    let requests = 0;
    let failures = 0;

    // Each respondent saves in order (as the client's queue does) while all respondents run in
    // parallel; every third save is also sent twice at once, like a retry after a lost response.
    await Promise.all(
      sessions.map(async (session, r) => {
        for (let s = 0; s < SAVES_PER_RESPONDENT; s += 1) {
          const batch = [0, 1, 2].map((k) => {
            const q = (s * 2 + k) % questions.length;
            return { questionId: questions[q]!, optionId: levelFor(r, q, s) };
          });
          for (const answer of batch) expected[r]!.set(answer.questionId, answer.optionId);
          const copies = s % 3 === 0 ? 2 : 1;
          const responses = await Promise.all(
            Array.from({ length: copies }, () => server.gql(SAVE, { token: session.token, answers: batch })),
          );
          requests += copies;
          failures += responses.filter((res) => res.errors || res.status !== 200).length;
        }
      }),
    );

    expect(requests).toBeGreaterThanOrEqual(RESPONDENTS * SAVES_PER_RESPONDENT);
    expect(failures).toBe(0);
    for (const [r, session] of sessions.entries()) {
      const response = await server.gql<{ respondentSession: { answers: AnswerState[] } }>(SESSION, { token: session.token });
      const stored = new Map(response.data!.respondentSession.answers.map((a) => [a.questionId, a.optionId]));
      expect(stored).toEqual(expected[r]);
      expect(await countRows(server, 'answer', 'respondent_id = $1', [session.respondentId])).toBe(expected[r]!.size);
    }
  });
});
