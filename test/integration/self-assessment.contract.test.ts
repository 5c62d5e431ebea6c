import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, maturityQuestions, startSession } from '../helpers/fixtures.js';
import { RESULT, SAVE, SESSION, SUBMIT, type AnswerState } from '../helpers/operations.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('questionnaire', () => {
  it('should serve the built-in questionnaire with default arguments', async () => {
    const response = await server.gql<{ questionnaire: { key: string; version: string; locale: string; dimensions: Array<{ id: string; weight: number; questions: Array<{ options: Array<{ id: string; score: number | null; kind: string }> }> }> } }>(
      `{ questionnaire { key version locale title dimensions { id title weight questions { id kind prompt help tags options { id kind label score } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const q = response.data!.questionnaire;
    expect(q.key).toBe('om-health-check');
    expect(q.locale).toBe('EN');
    expect(q.dimensions.map((d) => d.id)).toEqual(['strategy', 'partnership', 'lifecycle', 'marketing', 'planning', 'alignment', 'customer']);
    expect(q.version).toBe('1.1.0');
    const maturity = q.dimensions.flatMap((d) => d.questions).filter((question) => question.options.some((o) => o.kind === 'LEVEL'));
    // From 1.1.0 "not applicable" is offered only where it can be true; "don't know" always.
    const withNa = maturity.find((question) => question.options.some((o) => o.kind === 'NOT_APPLICABLE'))!;
    expect(withNa.options.map((o) => o.score)).toEqual([0, 1, 2, 3, 4, null, null]);
    expect(withNa.options.map((o) => o.kind).slice(-2)).toEqual(['NOT_APPLICABLE', 'DONT_KNOW']);
    const withoutNa = maturity.find((question) => !question.options.some((o) => o.kind === 'NOT_APPLICABLE'))!;
    expect(withoutNa.options.map((o) => o.score)).toEqual([0, 1, 2, 3, 4, null]);
    expect(withoutNa.options.map((o) => o.kind).at(-1)).toBe('DONT_KNOW');
  });

  it('should answer NOT_FOUND for an unknown key or version', async () => {
    const unknownKey = await server.gql(`{ questionnaire(key: "nope") { key } }`);
    expect(unknownKey.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknownVersion = await server.gql(`{ questionnaire(version: "9.9.9") { key } }`);
    expect(unknownVersion.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknownVersion.errors?.[0]?.message).toContain('9.9.9');
  });
});

describe('self-assessment', () => {
  it('should start with a long random token that is stored only as a hash', async () => {
    const session = await startSession(server);
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes = 256 bits
    expect(session.progress.answered).toBe(0);
    expect(session.progress.total).toBeGreaterThanOrEqual(21);
    expect(await countRows(server, 'respondent', 'token_hash = $1', [session.token])).toBe(0);
    expect(await countRows(server, 'respondent', 'id = $1', [session.respondentId])).toBe(1);
  });

  it('should resume the session and answers from the token', async () => {
    const session = await startSession(server, { locale: 'EN', role: 'SALES' });
    const [first, second] = maturityQuestions(session);
    const saved = await server.gql<{ saveAnswers: { saved: number; progress: { answered: number } } }>(SAVE, {
      token: session.token,
      answers: [
        { questionId: first!.id, optionId: 'l3', comment: 'Reviewed with the partner every quarter' },
        { questionId: second!.id, optionId: 'dk' },
      ],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveAnswers).toMatchObject({ saved: 2, progress: { answered: 2 } });

    const resumed = await server.gql<{ respondentSession: { role: string; progress: { answered: number }; answers: AnswerState[] } }>(SESSION, { token: session.token });
    expect(resumed.data!.respondentSession.role).toBe('SALES');
    expect(resumed.data!.respondentSession.progress.answered).toBe(2);
    expect(resumed.data!.respondentSession.answers).toEqual(
      expect.arrayContaining([
        { questionId: first!.id, optionId: 'l3', optionIds: null, text: null, comment: 'Reviewed with the partner every quarter' },
        { questionId: second!.id, optionId: 'dk', optionIds: null, text: null, comment: null },
      ]),
    );
  });

  it('should be idempotent and upsert per question', async () => {
    const session = await startSession(server);
    const [first] = maturityQuestions(session);
    const batch = { token: session.token, answers: [{ questionId: first!.id, optionId: 'l2' }] };
    await server.gql(SAVE, batch);
    await server.gql(SAVE, batch);
    await server.gql(SAVE, { token: session.token, answers: [{ questionId: first!.id, optionId: 'l4' }] });
    expect(await countRows(server, 'answer', 'respondent_id = $1', [session.respondentId])).toBe(1);
    const resumed = await server.gql<{ respondentSession: { answers: AnswerState[] } }>(SESSION, { token: session.token });
    expect(resumed.data!.respondentSession.answers.map((a) => a.optionId)).toEqual(['l4']);
  });

  it('should count progress on every save as the resumed session counts it: gated questions, comments and blank text', async () => {
    const session = await startSession(server);
    const [first, second] = maturityQuestions(session);
    const progressOf = async (answers: Array<Record<string, unknown>>) => {
      const saved = await server.gql<{ saveAnswers: { progress: { answered: number; total: number } } }>(SAVE, { token: session.token, answers });
      const resumed = await server.gql<{ respondentSession: { progress: { answered: number; total: number } } }>(SESSION, { token: session.token });
      expect(saved.data!.saveAnswers.progress).toEqual(resumed.data!.respondentSession.progress);
      return saved.data!.saveAnswers.progress;
    };
    const before = await progressOf([{ questionId: first!.id, optionId: 'l2' }]);
    expect(before.answered).toBe(1);
    // "Sells online: yes" opens the e-commerce questions (showIf); "no" closes them again.
    const opened = await progressOf([{ questionId: 'sells-online', optionId: 'yes' }]);
    expect(opened).toEqual({ answered: 2, total: before.total + 2 });
    expect(await progressOf([{ questionId: 'sells-online', optionId: 'no' }])).toEqual({ answered: 2, total: before.total });
    // A comment alone and blank text are stored or dropped but never count as answered.
    expect(await progressOf([{ questionId: second!.id, optionId: null, comment: 'ask the CFO' }])).toEqual({ answered: 2, total: before.total });
  });

  it('should store the same answer whether or not the save asks for the stored rows back', async () => {
    const session = await startSession(server);
    const [first, second] = maturityQuestions(session);
    // The web client's autosave selects only progress: the rows are written without being read back.
    const progressOnly = 'mutation S($token: String!, $answers: [AnswerInput!]!) { saveAnswers(token: $token, answers: $answers) { saved progress { answered total } } }';
    const lean = await server.gql<{ saveAnswers: { saved: number; progress: { answered: number } } }>(progressOnly, { token: session.token, answers: [{ questionId: first!.id, optionId: 'l3', comment: 'kept' }] });
    expect(lean.data!.saveAnswers).toMatchObject({ saved: 1, progress: { answered: 1 } });
    // Through a fragment the stored rows come back as with a plain selection.
    const withFragment = 'mutation S($token: String!, $answers: [AnswerInput!]!) { saveAnswers(token: $token, answers: $answers) { ...Saved } } fragment Saved on SaveAnswersPayload { answers { questionId optionId comment } }';
    const full = await server.gql<{ saveAnswers: { answers: AnswerState[] } }>(withFragment, { token: session.token, answers: [{ questionId: second!.id, optionId: 'l1' }] });
    expect(full.data!.saveAnswers.answers).toEqual([{ questionId: second!.id, optionId: 'l1', comment: null }]);
    const resumed = await server.gql<{ respondentSession: { answers: AnswerState[] } }>(SESSION, { token: session.token });
    expect(resumed.data!.respondentSession.answers).toEqual(expect.arrayContaining([expect.objectContaining({ questionId: first!.id, optionId: 'l3', comment: 'kept' })]));
  });

  it('should clear an answer sent with nothing in it', async () => {
    const session = await startSession(server);
    const [first] = maturityQuestions(session);
    await server.gql(SAVE, { token: session.token, answers: [{ questionId: first!.id, optionId: 'l1' }] });
    const cleared = await server.gql<{ saveAnswers: { progress: { answered: number }; answers: AnswerState[] } }>(SAVE, {
      token: session.token,
      answers: [{ questionId: first!.id, optionId: null }],
    });
    expect(cleared.data!.saveAnswers.progress.answered).toBe(0);
    expect(cleared.data!.saveAnswers.answers).toEqual([]);
    expect(await countRows(server, 'answer', 'respondent_id = $1', [session.respondentId])).toBe(0);
  });

  it('should refuse results before submission with CONFLICT', async () => {
    const session = await startSession(server);
    const response = await server.gql(RESULT, { token: session.token });
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.data).toBeNull();
  });

  it('should answer NOT_FOUND for an unknown token', async () => {
    for (const token of ['x'.repeat(43), '', 'a'.repeat(5000)]) {
      const response = await server.gql(SESSION, { token });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('should score on submission, store the result and recommendations, and read them back localised', async () => {
    const session = await startSession(server);
    const questions = maturityQuestions(session);
    // A weak partnership: everything at level 1, so partnership rules and flags fire.
    await server.gql(SAVE, { token: session.token, answers: questions.map((q) => ({ questionId: q.id, optionId: 'l1' })) });
    type Result = {
      overallScore: number; maturityLevel: number; maturityLabel: string; holismIndex: number | null;
      dimensions: Array<{ dimensionId: string; score: number | null; coverage: number }>;
      flags: Array<{ id: string; message: string }>;
      recommendations: Array<{ id: string; ruleId: string; title: string; priority: number; horizon: string; status: string; seeds: string[]; evidence?: unknown[] }>;
    };
    const submitted = await server.gql<{ submitResponses: Result }>(SUBMIT, { token: session.token });
    expect(submitted.errors).toBeUndefined();
    const result = submitted.data!.submitResponses;
    expect(result.overallScore).toBe(25);
    expect(result.maturityLevel).toBe(2);
    expect(result.maturityLabel).toBe('Coordinated approach');
    expect(result.dimensions).toHaveLength(7);
    expect(result.recommendations.length).toBeGreaterThan(0);
    const priorities = result.recommendations.map((r) => r.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    for (const rec of result.recommendations) {
      expect(rec.status).toBe('PROPOSED');
      expect(rec.title.length).toBeGreaterThan(5);
      expect(rec.seeds.length).toBeGreaterThan(0);
    }
    expect(await countRows(server, 'result_snapshot', 'assessment_id = $1', [session.assessmentId])).toBe(1);
    expect(await countRows(server, 'recommendation', 'assessment_id = $1', [session.assessmentId])).toBe(result.recommendations.length);

    type Read = Result & {
      customerFocusLadder: Array<{ stage: number; label: string; score: number | null; reached: boolean }>;
      dimensions: Array<{ dimensionId: string; weakestQuestions: Array<{ questionId: string; score: number }> }>;
    };
    const read = await server.gql<{ assessmentResult: Read }>(RESULT, { token: session.token });
    expect(read.errors).toBeUndefined();
    expect(read.data!.assessmentResult.overallScore).toBe(25);
    expect(read.data!.assessmentResult.customerFocusLadder.map((s) => [s.stage, s.score, s.reached])).toEqual([
      [1, 25, false], [2, 25, false], [3, 25, false], [4, 25, false],
    ]);
    for (const dimension of read.data!.assessmentResult.dimensions) {
      expect(dimension.weakestQuestions.length).toBeGreaterThan(0);
      expect(dimension.weakestQuestions.length).toBeLessThanOrEqual(3);
      expect(dimension.weakestQuestions.every((q) => q.score === 25)).toBe(true);
    }
    expect(read.data!.assessmentResult.recommendations.map((r) => r.id)).toEqual(result.recommendations.map((r) => r.id));
    expect(read.data!.assessmentResult.recommendations.every((r) => (r.evidence?.length ?? 0) > 0)).toBe(true);
  });

  it('should re-score after answers change and keep the recommendation rows that still fire', async () => {
    const session = await startSession(server);
    const questions = maturityQuestions(session);
    await server.gql(SAVE, { token: session.token, answers: questions.map((q) => ({ questionId: q.id, optionId: 'l0' })) });
    const first = await server.gql<{ submitResponses: { overallScore: number; recommendations: Array<{ id: string; ruleId: string }> } }>(SUBMIT, { token: session.token });
    await server.gql(SAVE, { token: session.token, answers: questions.map((q) => ({ questionId: q.id, optionId: 'l4' })) });
    const second = await server.gql<{ submitResponses: { overallScore: number; maturityLevel: number; recommendations: Array<{ id: string; ruleId: string }> } }>(SUBMIT, { token: session.token });
    expect(first.data!.submitResponses.overallScore).toBe(0);
    expect(second.data!.submitResponses.overallScore).toBe(100);
    expect(second.data!.submitResponses.maturityLevel).toBe(5);
    const before = new Map(first.data!.submitResponses.recommendations.map((r) => [r.ruleId, r.id]));
    for (const rec of second.data!.submitResponses.recommendations) {
      if (before.has(rec.ruleId)) expect(rec.id).toBe(before.get(rec.ruleId));
    }
    expect(second.data!.submitResponses.recommendations.length).toBeLessThan(first.data!.submitResponses.recommendations.length);
    expect(await countRows(server, 'result_snapshot', 'assessment_id = $1', [session.assessmentId])).toBe(2);
  });
});
