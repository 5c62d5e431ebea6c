import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVOKE_INVITATION } from '../helpers/consultant-operations.js';
import { codeOf, dataOf } from '../helpers/consultant.js';
import { submittedCheckup } from '../helpers/checkup.js';
import { maturityQuestions, startSession } from '../helpers/fixtures.js';
import { type DeltaView, START_FOLLOW_UP, TOKEN_RESULT_WITH_PREVIOUS } from '../helpers/history-operations.js';
import { type AnswerState, SAVE, SESSION, START, SUBMIT, type StartedSession } from '../helpers/operations.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

interface FollowUp {
  token: string;
  assessmentId: string;
  respondentId: string;
  role: string;
  locale: string;
  organizationName: string | null;
  invited: boolean;
  submittedAt: string | null;
  progress: { answered: number; total: number };
  answers: AnswerState[];
  questionnaire: { key: string; version: string };
}

/** Every maturity question at `level`, a comment on the first; returns what was saved. */
async function answerEverything(server: TestServer, session: StartedSession, level: number): Promise<AnswerState[]> {
  const answers = maturityQuestions(session).map((q, i) => ({
    questionId: q.id, optionId: q.options.find((o) => o.score === level)!.id, ...(i === 0 ? { comment: 'We plan every quarter' } : {}),
  }));
  return dataOf(await server.gql<{ saveAnswers: { answers: AnswerState[] } }>(SAVE, { token: session.token, answers })).saveAnswers.answers;
}

const byQuestion = (answers: readonly AnswerState[]) => [...answers].sort((a, b) => a.questionId.localeCompare(b.questionId));

/** Issue 11: a self-assessing business starts its follow-up from its results page, pre-filled. */
describe('self-assessment follow-up', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  const followUp = (token: string) => server.gql<{ startFollowUpSelfAssessment: FollowUp }>(START_FOLLOW_UP, { token });
  const rowCount = async (table: string): Promise<number> => Number(((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: string | number }>)[0]!.n);
  const counts = async () => ({ organizations: await rowCount('organization'), assessments: await rowCount('assessment'), respondents: await rowCount('respondent'), answers: await rowCount('answer') });
  const organizationOf = async (assessmentId: string): Promise<string> => {
    const sql = server.database.kind === 'postgres' ? 'SELECT organization_id FROM assessment WHERE id = $1' : 'SELECT organization_id FROM assessment WHERE id = ?';
    return ((await server.dataSource.query(sql, [assessmentId])) as Array<{ organization_id: string }>)[0]!.organization_id;
  };

  it('should start a new self-assessment of the same organisation, pre-filled with the previous answers and comments', async () => {
    const session = await startSession(server, { organizationName: 'Delta Bakery', role: 'SALES', locale: 'NL' });
    const saved = await answerEverything(server, session, 1);
    dataOf(await server.gql(SUBMIT, { token: session.token }));
    const before = await counts();

    const next = dataOf(await followUp(session.token)).startFollowUpSelfAssessment;
    expect(next).toMatchObject({ role: 'SALES', locale: 'NL', organizationName: 'Delta Bakery', invited: false, submittedAt: null, questionnaire: { key: 'om-health-check', version: session.questionnaire.version } });
    expect(next.token).not.toBe(session.token);
    expect(next.assessmentId).not.toBe(session.assessmentId);
    expect(next.token.length).toBeGreaterThanOrEqual(43);
    expect(byQuestion(next.answers)).toEqual(byQuestion(saved));
    expect(next.answers.some((a) => a.comment === 'We plan every quarter')).toBe(true);
    const previousSession = dataOf(await server.gql<{ respondentSession: { progress: { answered: number; total: number } } }>(SESSION, { token: session.token }));
    expect(next.progress).toEqual(previousSession.respondentSession.progress);
    expect(await organizationOf(next.assessmentId)).toBe(await organizationOf(session.assessmentId));
    expect(await counts()).toEqual({ ...before, assessments: before.assessments + 1, respondents: before.respondents + 1, answers: before.answers + saved.length });
    // The new link opens the new self-assessment; the old one still opens the old.
    const reopened = dataOf(await server.gql<{ respondentSession: { assessmentId: string; answers: AnswerState[] } }>(SESSION, { token: next.token }));
    expect(reopened.respondentSession.assessmentId).toBe(next.assessmentId);
    expect(byQuestion(reopened.respondentSession.answers)).toEqual(byQuestion(saved));

    // Answered better the second time: the result shows the change since the first.
    const questions = maturityQuestions(session);
    dataOf(await server.gql(SAVE, { token: next.token, answers: questions.map((q) => ({ questionId: q.id, optionId: q.options.find((o) => o.score === 3)!.id })) }));
    dataOf(await server.gql(SUBMIT, { token: next.token }));
    const change = dataOf(await server.gql<{ assessmentResult: { overallScore: number; previous: DeltaView | null } }>(TOKEN_RESULT_WITH_PREVIOUS, { token: next.token })).assessmentResult;
    expect(change.previous).toMatchObject({ assessmentId: session.assessmentId, title: 'Self-assessment', sameQuestionnaireVersion: true });
    expect(change.previous!.overallDelta).toBeGreaterThan(0);
    expect(change.previous!.dimensions.every((d) => d.delta === null || d.delta > 0)).toBe(true);
    const first = dataOf(await server.gql<{ assessmentResult: { previous: DeltaView | null } }>(TOKEN_RESULT_WITH_PREVIOUS, { token: session.token })).assessmentResult;
    expect(first.previous).toBeNull();
    // The self-assessment's own report overlays the previous one on its radar.
    expect(await (await fetch(`${server.url}/r/${next.token}/report?locale=en`)).text()).toContain('Previous check-up');
    expect(await (await fetch(`${server.url}/r/${session.token}/report?locale=en`)).text()).not.toContain('Previous check-up');

    // The follow-up's own follow-up compares with it, not with the first.
    const third = dataOf(await followUp(next.token)).startFollowUpSelfAssessment;
    dataOf(await server.gql(SUBMIT, { token: third.token }));
    const thirdChange = dataOf(await server.gql<{ assessmentResult: { previous: DeltaView } }>(TOKEN_RESULT_WITH_PREVIOUS, { token: third.token })).assessmentResult;
    expect(thirdChange.previous.assessmentId).toBe(next.assessmentId);
    expect(thirdChange.previous.overallDelta).toBe(0);
  });

  it('should refuse unknown, revoked and consultant links and unsubmitted self-assessments, changing nothing', async () => {
    const unsubmitted = await startSession(server, { organizationName: 'Halfway Ltd' });
    await answerEverything(server, unsubmitted, 2);
    const checkup = await submittedCheckup(server, { workspaceName: 'Consultancy', clientName: 'Invited Co', title: 'Q1', level: 2, label: 'CEO' });
    const revoked = await submittedCheckup(server, { workspaceName: 'Consultancy 2', clientName: 'Revoked Co', title: 'Q1', level: 2, label: 'CFO' });
    const respondentId = ((await server.dataSource.query(`SELECT id FROM respondent WHERE assessment_id = '${revoked.assessmentId}'`)) as Array<{ id: string }>)[0]!.id;
    dataOf(await revoked.consultant.gql(REVOKE_INVITATION, { id: respondentId }));
    const before = await counts();

    const unknown = await followUp('not-a-real-token-at-all');
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(codeOf(await followUp('x'.repeat(5000)))).toBe('NOT_FOUND');
    const revokedAnswer = await followUp(revoked.respondentToken);
    expect(codeOf(revokedAnswer)).toBe('NOT_FOUND');
    expect(revokedAnswer.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(codeOf(await followUp(checkup.respondentToken))).toBe('NOT_FOUND');
    const notYet = await followUp(unsubmitted.token);
    expect(codeOf(notYet)).toBe('CONFLICT');
    expect(notYet.errors![0]!.message).toMatch(/submitted/);
    expect(await counts()).toEqual(before);
  });
});

describe('self-assessment follow-up rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('should count against the same per-address limit as starting a self-assessment', async () => {
    const session = dataOf(await server.gql<{ startSelfAssessment: StartedSession }>(START, { input: { organizationName: 'Limited', role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment;
    dataOf(await server.gql(SUBMIT, { token: session.token }));
    const first = await server.gql<{ startFollowUpSelfAssessment: FollowUp }>(START_FOLLOW_UP, { token: session.token });
    expect(first.errors).toBeUndefined();
    let refused = false;
    for (let i = 2; i < 200 && !refused; i++) {
      const response = await server.gql(START, { input: { organizationName: 'Filler', role: 'MANAGEMENT', locale: 'EN' } });
      refused = codeOf(response) === 'RATE_LIMITED';
    }
    expect(refused).toBe(true);
    const limited = await server.gql(START_FOLLOW_UP, { token: session.token });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
  });
});
