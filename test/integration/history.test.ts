import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_ORGANIZATION, CREATE_ASSESSMENT, CREATE_SHARE_LINK, CREATE_ORGANIZATION, INVITE_RESPONDENT, REVOKE_INVITATION, SET_ASSESSMENT_SETTINGS,
  UPDATE_RECOMMENDATION,
} from '../helpers/consultant-operations.js';
import { type SignedUp, codeOf, dataOf, signUp } from '../helpers/consultant.js';
import {
  type DeltaView, ORGANIZATION_HISTORY, REPORT_MODEL, RESULT_WITH_PREVIOUS, RESULT_WITHOUT_PREVIOUS, START_NEXT_ASSESSMENT,
  TOKEN_RESULT_WITH_PREVIOUS,
} from '../helpers/history-operations.js';
import { QueryCounter } from '../helpers/query-counter.js';
import { answerAndSubmit } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

interface Started {
  id: string;
  title: string;
  locale: string;
  questionnaireKey: string;
  questionnaireVersion: string;
  minGroupSize: number;
  desiredRelationshipModel: string | null;
  targets: Array<{ dimensionId: string; score: number }>;
  organization: { id: string };
  newInvitations: Array<{ id: string; role: string; label: string | null; locale: string; token: string; url: string }>;
  respondents: Array<{ id: string; role: string; label: string | null; locale: string; revoked: boolean }>;
}

interface ResultView {
  assessmentId: string;
  overallScore: number | null;
  dimensions: Array<{ dimensionId: string; score: number | null }>;
  previous: DeltaView | null;
}

const RECOMMENDATIONS = /* GraphQL */ `
  query Recommendations($id: ID!) { assessment(id: $id) { id result { recommendations { id title dimensionId status } } } }`;

/** One decimal, as the server rounds a delta. */
const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : Math.round((a - b) * 10) / 10 || 0);

/** Issue 11: a client's check-ups over time — the next check-up, the change since last time, the history. */
describe('history of a client', () => {
  const counter = new QueryCounter();
  let server: TestServer;
  let consultant: SignedUp;
  let stranger: SignedUp;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' }, queryCounter: counter });
    consultant = await signUp(server, { workspaceName: 'Milestone Partners' });
    stranger = await signUp(server, { workspaceName: 'Somebody Else' });
  });
  afterAll(async () => server?.close());

  const newClient = async (name: string, as: SignedUp = consultant): Promise<string> =>
    dataOf(await as.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, { input: { workspaceId: as.workspaceId, name } })).createOrganization.id;
  const newCheckup = async (organizationId: string, title: string, extra: Record<string, unknown> = {}): Promise<string> =>
    dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, { input: { organizationId, title, locale: 'EN', ...extra } })).createAssessment.id;
  const invite = async (assessmentId: string, role: string, label: string, locale: string) =>
    dataOf(await consultant.gql<{ inviteRespondent: { id: string; token: string } }>(INVITE_RESPONDENT, { input: { assessmentId, role, label, locale } })).inviteRespondent;
  const startNext = (organizationId: string, as: SignedUp = consultant) => as.gql<{ startNextAssessment: Started }>(START_NEXT_ASSESSMENT, { organizationId });
  const resultOf = async (id: string): Promise<ResultView> =>
    dataOf(await consultant.gql<{ assessment: { result: ResultView } }>(RESULT_WITH_PREVIOUS, { id })).assessment.result;
  const rowCount = async (table: string): Promise<number> => Number(((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: string | number }>)[0]!.n);
  const counts = async () => ({ assessments: await rowCount('assessment'), respondents: await rowCount('respondent'), answers: await rowCount('answer') });

  it('should start the next check-up with the settings and invitations of the newest one, on the latest questionnaire version', async () => {
    const organizationId = await newClient('Harbour Freight');
    const first = await newCheckup(organizationId, 'Baseline', { questionnaireVersion: '1.0.0' });
    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, {
      input: { assessmentId: first, minGroupSize: 2, desiredRelationshipModel: 'OUTCOME_BASED', targets: [{ dimensionId: 'strategy', score: 70 }, { dimensionId: 'customer', score: 60 }] },
    }));
    const ana = await invite(first, 'SALES', 'Ana', 'IT');
    const bo = await invite(first, 'MANAGEMENT', 'Bo', 'EN');
    const cy = await invite(first, 'PARTNER', 'Cy', 'NL');
    dataOf(await consultant.gql(REVOKE_INVITATION, { id: cy.id }));
    await answerAndSubmit(server, ana.token, 1);
    await answerAndSubmit(server, bo.token, 1);

    const next = dataOf(await startNext(organizationId)).startNextAssessment;
    expect(next).toMatchObject({
      title: 'Baseline (2)', locale: 'EN', questionnaireKey: 'om-health-check', questionnaireVersion: '1.1.0', minGroupSize: 2,
      desiredRelationshipModel: 'OUTCOME_BASED', organization: { id: organizationId },
    });
    expect(next.id).not.toBe(first);
    expect([...next.targets].sort((a, b) => a.dimensionId.localeCompare(b.dimensionId))).toEqual([{ dimensionId: 'customer', score: 60 }, { dimensionId: 'strategy', score: 70 }]);
    expect(next.newInvitations.map(({ role, label, locale }) => ({ role, label, locale }))).toEqual([
      { role: 'SALES', label: 'Ana', locale: 'IT' }, { role: 'MANAGEMENT', label: 'Bo', locale: 'EN' },
    ]);
    for (const made of next.newInvitations) expect(made.url).toBe(`${server.url}/r/${made.token}`);
    expect(next.respondents.map(({ id, role, label, revoked }) => ({ id, role, label, revoked }))).toEqual(
      next.newInvitations.map(({ id, role, label }) => ({ id, role, label, revoked: false })),
    );
    // The new links are new: the old ones still open the first check-up.
    expect(next.newInvitations.map((i) => i.token)).not.toContain(ana.token);
    const again = dataOf(await consultant.gql<{ assessment: { newInvitations: unknown[] } }>(/* GraphQL */ `query A($id: ID!) { assessment(id: $id) { newInvitations { id } } }`, { id: next.id }));
    expect(again.assessment.newInvitations).toEqual([]);
  });

  it('should show the history oldest first and the change since the previous check-up, per dimension and overall, with the done recommendations', async () => {
    const organizationId = await newClient('Lighthouse Retail');
    const first = await newCheckup(organizationId, 'Spring review', { questionnaireVersion: '1.0.0' });
    const bo = await invite(first, 'MANAGEMENT', 'Bo', 'EN');
    await answerAndSubmit(server, bo.token, 1);
    const recommendations = dataOf(await consultant.gql<{ assessment: { result: { recommendations: Array<{ id: string; title: string; dimensionId: string | null }> } } }>(
      RECOMMENDATIONS, { id: first },
    )).assessment.result.recommendations;
    const done = recommendations.find((r) => r.dimensionId)!;
    const accepted = recommendations.find((r) => r.id !== done.id)!;
    dataOf(await consultant.gql(UPDATE_RECOMMENDATION, { input: { id: done.id, status: 'DONE' } }));
    dataOf(await consultant.gql(UPDATE_RECOMMENDATION, { input: { id: accepted.id, status: 'ACCEPTED' } }));

    // Not scored yet: the history lists it without a score, and its result compares with nothing.
    const unscored = dataOf(await startNext(organizationId)).startNextAssessment;
    const pending = dataOf(await consultant.gql<{ organization: { history: Array<{ id: string; title: string; overallScore: number | null }> } }>(ORGANIZATION_HISTORY, { id: organizationId }));
    expect(pending.organization.history.map((h) => [h.id, h.title, h.overallScore === null])).toEqual([[first, 'Spring review', false], [unscored.id, 'Spring review (2)', true]]);
    expect((await resultOf(first)).previous).toBeNull();

    await answerAndSubmit(server, unscored.newInvitations[0]!.token, 3);
    const history = dataOf(await consultant.gql<{ organization: { history: Array<{ id: string; createdAt: string; overallScore: number | null }> } }>(ORGANIZATION_HISTORY, { id: organizationId }));
    expect(history.organization.history.map((h) => h.id)).toEqual([first, unscored.id]);
    expect(new Date(history.organization.history[0]!.createdAt) <= new Date(history.organization.history[1]!.createdAt)).toBe(true);

    const before = await resultOf(first);
    const after = await resultOf(unscored.id);
    const previous = after.previous!;
    expect(previous).toMatchObject({
      assessmentId: first, title: 'Spring review', previousOverallScore: before.overallScore, previousQuestionnaireVersion: '1.0.0',
      sameQuestionnaireVersion: false, addedDimensionIds: [], removedDimensionIds: [],
    });
    expect(previous.overallDelta).toBe(minus(after.overallScore, before.overallScore));
    expect(previous.overallDelta).toBeGreaterThan(0);
    const beforeScores = new Map(before.dimensions.map((d) => [d.dimensionId, d.score]));
    expect(previous.dimensions.map(({ dimensionId, delta, previousScore, score }) => ({ dimensionId, delta, previousScore, score }))).toEqual(
      after.dimensions.map((d) => ({ dimensionId: d.dimensionId, delta: minus(d.score, beforeScores.get(d.dimensionId)!), previousScore: beforeScores.get(d.dimensionId), score: d.score })),
    );
    expect(previous.dimensions.every((d) => d.title.length > 0)).toBe(true);
    const moved = previous.dimensions.find((d) => d.dimensionId === done.dimensionId)!;
    expect(previous.doneRecommendations).toEqual([
      { recommendationId: done.id, title: done.title, dimensionId: done.dimensionId, dimensionTitle: moved.title, dimensionDelta: moved.delta },
    ]);

    // The private-link door shows the same change as the consultant's.
    const byToken = dataOf(await server.gql<{ assessmentResult: { previous: DeltaView } }>(TOKEN_RESULT_WITH_PREVIOUS, { token: unscored.newInvitations[0]!.token }));
    expect(byToken.assessmentResult.previous).toEqual(previous);
    // In another language, the titles follow.
    const italian = dataOf(await consultant.gql<{ assessment: { result: ResultView } }>(RESULT_WITH_PREVIOUS, { id: unscored.id, locale: 'IT' })).assessment.result.previous!;
    expect(italian.dimensions.map((d) => d.delta)).toEqual(previous.dimensions.map((d) => d.delta));
    expect(italian.dimensions.map((d) => d.title)).not.toEqual(previous.dimensions.map((d) => d.title));

    // The report's radar overlays the previous check-up, in the report model and on the web report.
    const report = dataOf(await consultant.gql<{ assessment: { report: { radar: Array<{ dimensionId: string; previous: number | null }> } } }>(REPORT_MODEL, { id: unscored.id }));
    expect(report.assessment.report.radar.map((a) => [a.dimensionId, a.previous])).toEqual(after.dimensions.map((d) => [d.dimensionId, beforeScores.get(d.dimensionId)]));
    const firstReport = dataOf(await consultant.gql<{ assessment: { report: { radar: Array<{ previous: number | null }> } } }>(REPORT_MODEL, { id: first }));
    expect(firstReport.assessment.report.radar.every((a) => a.previous === null)).toBe(true);
    const html = await (await fetch(`${server.url}/a/${unscored.id}/report?locale=en`, { headers: { cookie: consultant.cookie } })).text();
    expect(html).toContain('class="previous"');
    expect(html).toContain('Previous check-up');
    const firstHtml = await (await fetch(`${server.url}/a/${first}/report?locale=en`, { headers: { cookie: consultant.cookie } })).text();
    expect(firstHtml).not.toContain('Previous check-up');
    // A share link shows the client the report the consultant would: with the previous check-up.
    const shared = dataOf(await consultant.gql<{ createShareLink: { url: string } }>(CREATE_SHARE_LINK, { assessmentId: unscored.id })).createShareLink;
    expect(await (await fetch(`${shared.url}?locale=en`)).text()).toContain('Previous check-up');
  });

  it('should compare with the previous SCORED check-up, and compute the change only when it is asked for', async () => {
    const organizationId = await newClient('Quiet Mills');
    const first = await newCheckup(organizationId, 'One');
    await answerAndSubmit(server, (await invite(first, 'MANAGEMENT', 'Bo', 'EN')).token, 2);
    const skipped = dataOf(await startNext(organizationId)).startNextAssessment;
    const third = dataOf(await startNext(organizationId)).startNextAssessment;
    expect(third.title).toBe('One (3)');
    await answerAndSubmit(server, third.newInvitations[0]!.token, 4);
    const result = await resultOf(third.id);
    expect(result.previous).toMatchObject({ assessmentId: first, sameQuestionnaireVersion: true });
    expect(skipped.id).not.toBe(first);

    const without = await counter.during(() => consultant.gql(RESULT_WITHOUT_PREVIOUS, { id: third.id }));
    const withPrevious = await counter.during(() => consultant.gql(RESULT_WITH_PREVIOUS, { id: third.id }));
    expect(withPrevious.length).toBeGreaterThan(without.length);
    expect(withPrevious.length - without.length).toBeLessThanOrEqual(4);
  });

  it('should load the history of a page of clients in the same number of statements as of one client', async () => {
    const HISTORIES = /* GraphQL */ `
      query Histories($workspaceId: ID!, $first: Int) { organizations(workspaceId: $workspaceId, first: $first) { nodes { id history { id overallScore } } } }`;
    const statements = async (first: number) => {
      let clients = 0;
      const run = await counter.during(async () => {
        clients = dataOf(await consultant.gql<{ organizations: { nodes: Array<{ history: unknown[] }> } }>(HISTORIES, { workspaceId: consultant.workspaceId, first })).organizations.nodes.length;
      });
      // A session's last-seen time is refreshed at most once a minute, whenever that falls.
      return { clients, statements: run.filter((sql) => !/user_session/i.test(sql)).length };
    };
    const one = await statements(1);
    const many = await statements(50);
    expect(one.clients).toBe(1);
    expect(many.clients).toBeGreaterThanOrEqual(3);
    expect(many.statements).toBe(one.statements);
  });

  it('should answer another workspace’s client exactly like a missing one, and a client without check-ups or archived with CONFLICT, changing nothing', async () => {
    const theirs = await newClient('Not yours', stranger);
    await stranger.gql(CREATE_ASSESSMENT, { input: { organizationId: theirs, title: 'Theirs', locale: 'EN' } });
    const empty = await newClient('Brand new');
    const archived = await newClient('Gone quiet');
    await newCheckup(archived, 'Last one');
    dataOf(await consultant.gql(ARCHIVE_ORGANIZATION, { id: archived, archived: true }));
    const before = await counts();

    const foreign = await startNext(theirs);
    const missing = await startNext('00000000-0000-4000-8000-00000000beef');
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors![0]!.message).toBe(missing.errors![0]!.message);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const none = await startNext(empty);
    expect(codeOf(none)).toBe('CONFLICT');
    expect(none.errors![0]!.extensions!['reason']).toBe('NO_PREVIOUS_ASSESSMENT');
    expect(codeOf(await startNext(archived))).toBe('CONFLICT');
    expect(codeOf(await server.gql(START_NEXT_ASSESSMENT, { organizationId: empty }))).toBe('UNAUTHENTICATED');
    const foreignHistory = await consultant.gql(ORGANIZATION_HISTORY, { id: theirs });
    expect(codeOf(foreignHistory)).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });
});
