import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT, TEAM_RESULT } from '../helpers/consultant-operations.js';
import { type SignedUp, codeOf, dataOf, signUp } from '../helpers/consultant.js';
import { SAVE, SESSION, SUBMIT } from '../helpers/operations.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';
import { join, openCheckup, startWorkshop, vote } from '../helpers/workshop.js';
import {
  END_WORKSHOP, JOIN_WORKSHOP, RECORD_CONSENSUS, REVEAL_QUESTION, SET_WORKSHOP_QUESTION, WORKSHOP, WORKSHOP_FOR_ASSESSMENT, WORKSHOP_PARTICIPANT,
  type FollowState, type QuestionState, type Workshop,
} from '../helpers/workshop-operations.js';

const Q1 = 'strategy-documented';
const Q2 = 'strategy-shared-unambiguously';

const CONSENSUS = /* GraphQL */ `
  query Consensus($id: ID!) {
    assessment(id: $id) {
      result { respondentCount consensus { workshopId answeredCount overallScore maturityLevel maturityLabel dimensions { dimensionId score coverage } } }
    }
  }`;

describe('workshop mode', () => {
  let server: TestServer;
  let consultant: SignedUp;
  let assessmentId: string;
  let workshop: Workshop;
  const tokens: Record<'sales' | 'operations', string[]> & { marketing: string; partner: string } = { sales: [], operations: [], marketing: '', partner: '' };

  const read = async (): Promise<Workshop> => dataOf(await consultant.gql<{ workshop: Workshop }>(WORKSHOP, { id: workshop.id })).workshop;
  const questionOf = (w: Workshop, id: string): QuestionState => w.questions.find((q) => q.questionId === id)!;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    consultant = await signUp(server, { name: 'Dana de Vries', workspaceName: 'Bright Harbour' });
    assessmentId = await openCheckup(consultant);
  });
  afterAll(async () => server?.close());

  it('should start a workshop with a short code, a url and the first question, and return the same one when started again', async () => {
    workshop = await startWorkshop(consultant, assessmentId);
    expect(workshop.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(workshop.url).toBe(`${server.url}/w/${workshop.code}`);
    expect(workshop).toMatchObject({ state: 'ACTIVE', currentQuestionId: Q1, assessmentId, assessmentTitle: 'Workshop check-up', locale: 'EN', participantCount: 0, minGroupSize: 3 });
    expect(workshop.questions.length).toBeGreaterThan(10);
    expect(workshop.questions.every((q) => !q.revealed && q.distribution === null && q.voteCount === 0)).toBe(true);
    const again = await startWorkshop(consultant, assessmentId);
    expect([again.id, again.code]).toEqual([workshop.id, workshop.code]);
    const found = dataOf(await consultant.gql<{ workshopForAssessment: { id: string } }>(WORKSHOP_FOR_ASSESSMENT, { assessmentId })).workshopForAssessment;
    expect(found.id).toBe(workshop.id);
    const svg = (await read()).qrCodeSvg!;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script/i);
  });

  it('should let people join by code (any case, spaces around) with their role, counted per role', async () => {
    for (let i = 0; i < 3; i += 1) tokens.sales.push(await join(server, i === 0 ? `  ${workshop.code.toLowerCase()} ` : workshop.code, 'SALES'));
    for (let i = 0; i < 3; i += 1) tokens.operations.push(await join(server, workshop.code, 'OPERATIONS'));
    tokens.marketing = await join(server, workshop.code, 'MARKETING');
    tokens.partner = await join(server, workshop.code, 'PARTNER');
    const joined = dataOf(await server.gql<{ joinWorkshop: { token: string; workshopId: string; role: string; locale: string } }>(JOIN_WORKSHOP, {
      code: workshop.code, role: 'OTHER', locale: 'NL',
    })).joinWorkshop;
    expect(joined).toMatchObject({ workshopId: workshop.id, role: 'OTHER', locale: 'NL' });
    expect(joined.token.length).toBeGreaterThanOrEqual(22);
    const now = await read();
    expect(now.participantCount).toBe(9);
    expect(now.participantsByRole).toEqual([
      { role: 'SALES', count: 3 }, { role: 'OPERATIONS', count: 3 }, { role: 'MARKETING', count: 1 }, { role: 'PARTNER', count: 1 }, { role: 'OTHER', count: 1 },
    ]);
  });

  it('should count votes, a changed vote once, and show no distribution before the reveal', async () => {
    dataOf(await vote(server, tokens.sales[0]!, Q1, 'l0'));
    for (const token of tokens.sales) dataOf(await vote(server, token, Q1, 'l3'));
    for (const token of tokens.operations) dataOf(await vote(server, token, Q1, 'l1'));
    dataOf(await vote(server, tokens.marketing, Q1, 'l4'));
    // A retried vote changes nothing.
    dataOf(await vote(server, tokens.marketing, Q1, 'l4'));
    const q1 = questionOf(await read(), Q1);
    expect(q1).toMatchObject({ revealed: false, voteCount: 7, distribution: null, distributionByRole: null, spread: null, hiddenRoles: [] });
    const phone = dataOf(await server.gql<{ workshopParticipant: FollowState }>(WORKSHOP_PARTICIPANT, { token: tokens.sales[0] })).workshopParticipant;
    expect(phone).toMatchObject({ workshopId: workshop.id, state: 'ACTIVE', role: 'SALES', questionNumber: 1, revealed: false, forMyRole: true, myOptionId: 'l3' });
    expect(phone.currentQuestion).toMatchObject({ id: Q1, kind: 'MATURITY' });
  });

  it('should refuse a vote on a question not addressed to the role, and bad votes, changing nothing', async () => {
    const notForRole = await vote(server, tokens.partner, Q1, 'l2');
    expect(notForRole.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_FOR_ROLE' });
    const phone = dataOf(await server.gql<{ workshopParticipant: FollowState }>(WORKSHOP_PARTICIPANT, { token: tokens.partner })).workshopParticipant;
    expect(phone.forMyRole).toBe(false);
    expect(codeOf(await vote(server, tokens.sales[0]!, Q1, 'l9'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await vote(server, tokens.sales[0]!, 'no-such-question', 'l1'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await vote(server, 'not-a-token', Q1, 'l1'))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(JOIN_WORKSHOP, { code: 'ZZZZZZ', role: 'SALES' }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(JOIN_WORKSHOP, { code: 'nonsense code', role: 'SALES' }))).toBe('NOT_FOUND');
    const q1 = questionOf(await read(), Q1);
    expect(q1.voteCount).toBe(7);
    expect((await read()).participantCount).toBe(9);
  });

  it('should reveal the distribution per option and per role group with the minimum group size, and the spread', async () => {
    const revealed = dataOf(await consultant.gql<{ revealQuestion: QuestionState }>(REVEAL_QUESTION, { workshopId: workshop.id, questionId: Q1 })).revealQuestion;
    expect(revealed.revealed).toBe(true);
    expect(revealed.distribution!.map((d) => [d.optionId, d.count])).toEqual([['l0', 0], ['l1', 3], ['l2', 0], ['l3', 3], ['l4', 1], ['dk', 0]]);
    expect(revealed.distributionByRole!.map((g) => [g.group, g.voteCount])).toEqual([['SALES', 3], ['OPERATIONS', 3]]);
    expect(revealed.distributionByRole![0]!.distribution.find((d) => d.optionId === 'l3')!.count).toBe(3);
    expect(revealed.hiddenRoles).toEqual(['MARKETING']);
    const mean = (3 * 3 + 3 * 1 + 4) / 7;
    const sd = Math.sqrt((3 * (3 - mean) ** 2 + 3 * (1 - mean) ** 2 + (4 - mean) ** 2) / 7);
    expect(revealed.spread).toMatchObject({ min: 1, max: 4, levelVoteCount: 7 });
    expect(revealed.spread!.mean).toBeCloseTo(mean, 6);
    expect(revealed.spread!.standardDeviation).toBeCloseTo(sd, 6);
    expect(revealed.spread!.agreement).toBeCloseTo(3 / 7, 6);
    // Idempotent.
    const again = dataOf(await consultant.gql<{ revealQuestion: QuestionState }>(REVEAL_QUESTION, { workshopId: workshop.id, questionId: Q1 })).revealQuestion;
    expect(again).toEqual(revealed);
  });

  it('should refuse a vote after the reveal with QUESTION_REVEALED and keep the vote', async () => {
    const late = await vote(server, tokens.operations[0]!, Q1, 'l4');
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUESTION_REVEALED' });
    const q1 = questionOf(await read(), Q1);
    expect(q1.distribution!.find((d) => d.optionId === 'l1')!.count).toBe(3);
    expect(q1.distribution!.find((d) => d.optionId === 'l4')!.count).toBe(1);
  });

  it('should record the consensus with a note, replace it, and refuse bad input changing nothing', async () => {
    const recorded = dataOf(await consultant.gql<{ recordConsensus: QuestionState }>(RECORD_CONSENSUS, {
      workshopId: workshop.id, questionId: Q1, optionId: 'l1', note: 'First thought',
    })).recordConsensus;
    expect(recorded).toMatchObject({ consensusOptionId: 'l1', consensusNote: 'First thought' });
    const replaced = dataOf(await consultant.gql<{ recordConsensus: QuestionState }>(RECORD_CONSENSUS, {
      workshopId: workshop.id, questionId: Q1, optionId: 'l2', note: 'Documented, not yet used in the plan.',
    })).recordConsensus;
    expect(replaced).toMatchObject({ consensusOptionId: 'l2', consensusNote: 'Documented, not yet used in the plan.' });
    const bad = [
      { questionId: Q1, optionId: 'l2', note: 'nul \u0000 here' },
      { questionId: Q1, optionId: 'l2', note: 'x'.repeat(2001) },
      { questionId: Q1, optionId: 'nope', note: null },
      { questionId: 'no-such-question', optionId: 'l2', note: null },
    ];
    for (const input of bad) {
      expect(codeOf(await consultant.gql(RECORD_CONSENSUS, { workshopId: workshop.id, ...input }))).toBe('BAD_USER_INPUT');
    }
    expect(questionOf(await read(), Q1)).toMatchObject({ consensusOptionId: 'l2', consensusNote: 'Documented, not yet used in the plan.' });
  });

  it('should record a consensus on an unrevealed question and reveal it', async () => {
    dataOf(await vote(server, tokens.sales[1]!, Q2, 'l3'));
    const recorded = dataOf(await consultant.gql<{ recordConsensus: QuestionState }>(RECORD_CONSENSUS, {
      workshopId: workshop.id, questionId: Q2, optionId: 'l3', note: null,
    })).recordConsensus;
    expect(recorded).toMatchObject({ revealed: true, consensusOptionId: 'l3', consensusNote: null, voteCount: 1 });
    expect((await vote(server, tokens.sales[2]!, Q2, 'l1')).errors?.[0]?.extensions?.reason).toBe('QUESTION_REVEALED');
  });

  it('should move the room to any question, and the phones with it', async () => {
    const third = (await read()).questions[2]!.questionId;
    const moved = dataOf(await consultant.gql<{ setWorkshopQuestion: { currentQuestionId: string } }>(SET_WORKSHOP_QUESTION, {
      workshopId: workshop.id, questionId: third,
    })).setWorkshopQuestion;
    expect(moved.currentQuestionId).toBe(third);
    dataOf(await vote(server, tokens.operations[1]!, third, 'l2'));
    const phone = dataOf(await server.gql<{ workshopParticipant: FollowState }>(WORKSHOP_PARTICIPANT, { token: tokens.operations[1] })).workshopParticipant;
    expect(phone).toMatchObject({ questionNumber: 3, revealed: false, myOptionId: 'l2', currentQuestion: { id: third } });
    expect(codeOf(await consultant.gql(SET_WORKSHOP_QUESTION, { workshopId: workshop.id, questionId: 'no-such-question' }))).toBe('BAD_USER_INPUT');
    expect((await read()).currentQuestionId).toBe(third);
  });

  it('should not open the ordinary respondent door with a participant token', async () => {
    const token = tokens.sales[0]!;
    expect(codeOf(await server.gql(SESSION, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(SAVE, { token, answers: [{ questionId: Q1, optionId: 'l4' }] }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(SUBMIT, { token }))).toBe('NOT_FOUND');
    expect(questionOf(await read(), Q1).distribution!.find((d) => d.optionId === 'l4')!.count).toBe(1);
  });

  it('should end the workshop: the code expires, the voters count in the result and the team view, the consensus scores on its own', async () => {
    const ended = dataOf(await consultant.gql<{ endWorkshop: Workshop }>(END_WORKSHOP, { workshopId: workshop.id })).endWorkshop;
    expect(ended.state).toBe('ENDED');
    expect(ended.endedAt).not.toBeNull();
    expect(ended.code).toBe(workshop.code);
    const again = dataOf(await consultant.gql<{ endWorkshop: Workshop }>(END_WORKSHOP, { workshopId: workshop.id })).endWorkshop;
    expect(again.endedAt).toBe(ended.endedAt);
    expect(codeOf(await server.gql(JOIN_WORKSHOP, { code: workshop.code, role: 'SALES' }))).toBe('NOT_FOUND');
    expect(codeOf(await vote(server, tokens.sales[0]!, ended.questions[3]!.questionId, 'l1'))).toBe('NOT_FOUND');
    const phone = dataOf(await server.gql<{ workshopParticipant: FollowState }>(WORKSHOP_PARTICIPANT, { token: tokens.sales[0] })).workshopParticipant;
    expect(phone).toMatchObject({ state: 'ENDED', currentQuestion: null });

    // The 7 who voted count; the partner and the late joiner never voted. The consensus is not a respondent.
    const assessment = dataOf(await consultant.gql<{ assessment: { respondents: Array<{ role: string; submittedAt: string | null }> } }>(ASSESSMENT, { id: assessmentId })).assessment;
    expect(assessment.respondents).toHaveLength(9);
    expect(assessment.respondents.filter((r) => r.submittedAt).length).toBe(7);
    const team = dataOf(await consultant.gql<{ assessment: { result: {
      respondentCount: number;
      roleGroups: Array<{ role: string; respondentCount: number }>;
      perceptionGaps: Array<{ questionId: string | null; roleA: string; roleB: string; scoreA: number; scoreB: number }>;
      verbatims: Array<{ text: string }>;
    } } }>(TEAM_RESULT, { id: assessmentId })).assessment.result;
    expect(team.respondentCount).toBe(7);
    expect(team.roleGroups.map((g) => [g.role, g.respondentCount])).toEqual([['SALES', 3], ['OPERATIONS', 3]]);
    expect(team.perceptionGaps.find((g) => g.questionId === Q1)).toMatchObject({ roleA: 'SALES', roleB: 'OPERATIONS', scoreA: 75, scoreB: 25 });
    expect(team.verbatims.some((v) => v.text.includes('Documented'))).toBe(false);

    const result = dataOf(await consultant.gql<{ assessment: { result: { respondentCount: number; consensus: {
      workshopId: string; answeredCount: number; overallScore: number | null; dimensions: Array<{ dimensionId: string; score: number | null; coverage: number }>;
    } } } }>(CONSENSUS, { id: assessmentId })).assessment.result;
    expect(result.respondentCount).toBe(7);
    expect(result.consensus).toMatchObject({ workshopId: workshop.id, answeredCount: 2 });
    const strategy = result.consensus.dimensions.find((d) => d.coverage > 0)!;
    expect(strategy.coverage).toBeGreaterThan(0);

    // The export holds the people only: the consensus (and its note) is no respondent.
    const exported = await (await fetch(`${server.url}/a/${assessmentId}/export.json`, { headers: { cookie: consultant.cookie } })).text();
    expect((JSON.parse(exported) as { respondents: unknown[] }).respondents).toHaveLength(9);
    expect(exported).not.toContain('Documented, not yet used');
  });

  it("should put the consensus beside the individual answers in the check-up's report, with its notes", async () => {
    const get = (path: string) => fetch(`${server.url}${path}`, { headers: { cookie: consultant.cookie } });
    const html = await (await get(`/a/${assessmentId}/report?locale=en`)).text();
    const start = html.indexOf('data-section="consensus"');
    const section = html.slice(start, html.indexOf('</section>', start));
    expect(section).toContain('<h2 id="consensus-title">Workshop consensus</h2>');
    expect(section).toContain('The answers the room agreed on in the workshop (2 questions), scored on their own.');
    expect(section).toContain('Note: <bdi>Documented, not yet used in the plan.</bdi>');
    expect((await (await get(`/a/${assessmentId}/report?locale=it`)).text())).toContain('<h2 id="consensus-title">Consenso del workshop</h2>');
    // The deck is built from the same model (its slide: render-deck.test.ts).
    expect((await get(`/a/${assessmentId}/report.pptx`)).status).toBe(200);
  });

  it('should open one workshop when several starts race', async () => {
    const other = await openCheckup(consultant, 'Racing client');
    const started = await Promise.all([1, 2, 3].map(() => startWorkshop(consultant, other)));
    expect(new Set(started.map((w) => w.id)).size).toBe(1);
    const rows = (await server.dataSource.query(`SELECT COUNT(*) AS n FROM workshop WHERE assessment_id = '${other}'`)) as Array<{ n: string | number }>;
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('should answer NOT_FOUND for a workshop id that does not exist', async () => {
    expect(codeOf(await consultant.gql(WORKSHOP, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
  });
});
