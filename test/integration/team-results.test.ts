import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_ACTION_ITEM, ADD_RECOMMENDATION, CREATE_ASSESSMENT, CREATE_ORGANIZATION, INVITE_RESPONDENTS, SET_ASSESSMENT_SETTINGS,
  TEAM_RESULT, UPDATE_ACTION_ITEM, UPDATE_RECOMMENDATION,
} from '../helpers/consultant-operations.js';
import { type SignedUp, codeOf, dataOf, signUp } from '../helpers/consultant.js';
import { countRows } from '../helpers/fixtures.js';
import { answerAndSubmit } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

interface Recommendation {
  id: string;
  ruleId: string | null;
  dimensionId: string | null;
  title: string;
  status: string;
  dismissReason: string | null;
  edited: boolean;
  active: boolean;
  actionItems: Array<{ id: string; title: string; owner: string | null; dueDate: string | null; status: string }>;
  history: Array<{ userName: string; field: string; fromValue: string | null; toValue: string | null }>;
}

interface TeamResult {
  assessment: {
    minGroupSize: number;
    result: {
      perceptionGaps: Array<{ dimensionId: string; questionId: string | null; roleA: string; roleB: string; scoreA: number; scoreB: number; gap: number }>;
      roleGroups: Array<{ role: string; respondentCount: number; dimensions: Array<{ dimensionId: string; score: number | null }> }>;
      hiddenRoles: Array<{ role: string; respondentCount: number; outcome: string }>;
      agenda: Array<{ questionId: string; questionPrompt: string; groupA: { role: string; meanLevel: number }; groupB: { role: string; meanLevel: number }; gap: number; prompt: string }>;
      clientVersusPartner: { gaps: Array<{ gap: number }>; agenda: Array<{ prompt: string }> } | null;
      relationshipModel: { current: string; desired: string | null; behindDesired: boolean; evidence: Array<{ tag: string; met: boolean }> };
      dimensionsFromTarget: Array<{ dimensionId: string; target: number; distance: number }>;
      verbatims: Array<{ questionId: string; questionPrompt: string; kind: string; text: string; group: string | null }>;
      recommendations: Recommendation[];
    };
  };
}

describe('team results', () => {
  let server: TestServer;
  let consultant: SignedUp;
  let assessmentId: string;
  let tokens: { sales: string[]; operations: string[]; partner: string };

  const team = async () => dataOf(await consultant.gql<TeamResult>(TEAM_RESULT, { id: assessmentId })).assessment;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    consultant = await signUp(server, { name: 'Dana de Vries', workspaceName: 'Bright Harbour' });
    const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: consultant.workspaceId, name: 'Scheldepack' },
    })).createOrganization.id;
    assessmentId = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Team check-up', locale: 'EN' },
    })).createAssessment.id;
    const invite = async (role: string, count: number) =>
      dataOf(await consultant.gql<{ inviteRespondents: Array<{ token: string }> }>(INVITE_RESPONDENTS, {
        input: { assessmentId, role, labels: Array(count).fill('') },
      })).inviteRespondents.map((i) => i.token);
    tokens = { sales: await invite('SALES', 3), operations: await invite('OPERATIONS', 3), partner: (await invite('PARTNER', 1))[0]! };
    for (const token of tokens.sales) await answerAndSubmit(server, token, 3, 'We plan every Monday together.');
    for (const token of tokens.operations) await answerAndSubmit(server, token, 0);
    await answerAndSubmit(server, tokens.partner, 1, 'We never see the sales plan.');
  });
  afterAll(async () => server?.close());

  it('should lead with the gaps between role groups, hiding groups under the minimum size', async () => {
    const { result, minGroupSize } = await team();
    expect(minGroupSize).toBe(3);
    expect(result.roleGroups.map((g) => [g.role, g.respondentCount])).toEqual([['SALES', 3], ['OPERATIONS', 3]]);
    expect(result.hiddenRoles).toEqual([{ role: 'PARTNER', respondentCount: 1, outcome: 'OMITTED' }]);
    expect(result.perceptionGaps[0]).toMatchObject({ roleA: 'SALES', roleB: 'OPERATIONS', scoreA: 75, scoreB: 0, gap: 75 });
    expect(result.perceptionGaps.every((g) => g.roleA !== 'PARTNER' && g.roleB !== 'PARTNER')).toBe(true);
    expect(result.agenda[0]).toMatchObject({ groupA: { role: 'SALES', meanLevel: 3 }, groupB: { role: 'OPERATIONS', meanLevel: 0 }, gap: 75, prompt: 'COMPARE_CASES' });
    expect(result.agenda[0]!.questionPrompt.length).toBeGreaterThan(10);
    expect(result.clientVersusPartner).toBeNull();
  });

  it('should show comments without attribution, and never with a group under the minimum', async () => {
    const { result } = await team();
    const sales = result.verbatims.filter((v) => v.text === 'We plan every Monday together.');
    expect(sales).toHaveLength(3);
    expect(sales.every((v) => v.group === 'SALES' && v.kind === 'COMMENT' && v.questionPrompt.length > 5)).toBe(true);
    expect(result.verbatims.find((v) => v.text === 'We never see the sales plan.')).toMatchObject({ group: null });
  });

  it('should show the partner on its own and against the client once the minimum allows it', async () => {
    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, { input: { assessmentId, minGroupSize: 1 } }));
    const { result } = await team();
    expect(result.roleGroups.map((g) => g.role)).toEqual(['SALES', 'OPERATIONS', 'PARTNER']);
    expect(result.clientVersusPartner?.gaps.length).toBeGreaterThan(0);
    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, { input: { assessmentId, minGroupSize: 3 } }));
  });

  it('should compare the relationship the company runs with the one it wants, and follow a transactional choice', async () => {
    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, { input: { assessmentId, desiredRelationshipModel: 'STRATEGIC_PARTNERSHIP' } }));
    let { result } = await team();
    expect(result.relationshipModel).toMatchObject({ desired: 'STRATEGIC_PARTNERSHIP', behindDesired: true });
    expect(result.relationshipModel.evidence.some((e) => !e.met)).toBe(true);
    expect(result.recommendations.some((r) => r.active && r.dimensionId === 'partnership')).toBe(true);

    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, { input: { assessmentId, desiredRelationshipModel: 'TRANSACTIONAL' } }));
    ({ result } = await team());
    expect(result.relationshipModel).toMatchObject({ desired: 'TRANSACTIONAL', behindDesired: false });
    expect(result.recommendations.filter((r) => r.active && r.dimensionId === 'partnership')).toEqual([]);
    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, { input: { assessmentId, desiredRelationshipModel: null } }));
  });

  it('should list the dimensions furthest from their targets', async () => {
    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, {
      input: { assessmentId, targets: [{ dimensionId: 'marketing', score: 95 }, { dimensionId: 'planning', score: 10 }] },
    }));
    const { result } = await team();
    expect(result.dimensionsFromTarget.map((d) => d.dimensionId)).toEqual(['marketing']);
    expect(result.dimensionsFromTarget[0]!.distance).toBeGreaterThan(0);
  });

  it('should refuse bad settings and change nothing', async () => {
    const bad = await consultant.gql(SET_ASSESSMENT_SETTINGS, {
      input: { assessmentId, minGroupSize: 0, targets: [{ dimensionId: 'nope', score: 120 }] },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors![0]!.extensions!['problems'] as Array<{ field: string }>).map((p) => p.field)).toEqual(['minGroupSize', 'targets[0].dimensionId', 'targets[0].score']);
    expect((await team()).minGroupSize).toBe(3);
  });

  it('should keep every decision, edit, action item and hand-written recommendation when a respondent changes answers', async () => {
    const before = (await team()).result.recommendations.filter((r) => r.ruleId && r.active);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [accept, dismiss, edit] = before;
    dataOf(await consultant.gql(UPDATE_RECOMMENDATION, { input: { id: accept!.id, status: 'ACCEPTED' } }));
    const noReason = await consultant.gql(UPDATE_RECOMMENDATION, { input: { id: dismiss!.id, status: 'DISMISSED' } });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    dataOf(await consultant.gql(UPDATE_RECOMMENDATION, { input: { id: dismiss!.id, status: 'DISMISSED', dismissReason: 'Already under way with the new 3PL.' } }));
    const edited = dataOf(await consultant.gql<{ updateRecommendation: Recommendation }>(UPDATE_RECOMMENDATION, {
      input: { id: edit!.id, title: 'Agree one S&OP calendar with the partner' },
    })).updateRecommendation;
    expect(edited).toMatchObject({ title: 'Agree one S&OP calendar with the partner', edited: true, status: 'PROPOSED' });
    const badDate = await consultant.gql(ADD_ACTION_ITEM, { input: { recommendationId: accept!.id, title: 'x', dueDate: '2027-02-30' } });
    expect(codeOf(badDate)).toBe('BAD_USER_INPUT');
    const item = dataOf(await consultant.gql<{ addActionItem: { id: string } }>(ADD_ACTION_ITEM, {
      input: { recommendationId: accept!.id, title: 'Monthly review with Sales and Operations', owner: 'Ana', dueDate: '2027-01-15' },
    })).addActionItem;
    dataOf(await consultant.gql(UPDATE_ACTION_ITEM, { input: { id: item.id, status: 'DONE' } }));
    const own = dataOf(await consultant.gql<{ addRecommendation: { id: string } }>(ADD_RECOMMENDATION, {
      input: { assessmentId, dimensionId: 'alignment', title: 'Visit a peer company together', horizon: 'QUICK_WIN' },
    })).addRecommendation;
    const itemsBefore = await countRows(server, 'action_item', '1 = 1', []);

    // Operations changes its mind: everything at level 4 now, resubmitted.
    for (const token of tokens.operations) await answerAndSubmit(server, token, 4);

    const after = new Map((await team()).result.recommendations.map((r) => [r.id, r]));
    expect(after.get(accept!.id)).toMatchObject({ status: 'ACCEPTED', actionItems: [expect.objectContaining({ title: 'Monthly review with Sales and Operations', owner: 'Ana', dueDate: '2027-01-15', status: 'DONE' })] });
    expect(after.get(dismiss!.id)).toMatchObject({ status: 'DISMISSED', dismissReason: 'Already under way with the new 3PL.' });
    expect(after.get(edit!.id)).toMatchObject({ title: 'Agree one S&OP calendar with the partner', edited: true });
    expect(after.get(own.id)).toMatchObject({ ruleId: null, title: 'Visit a peer company together', active: true });
    expect(await countRows(server, 'action_item', '1 = 1', [])).toBe(itemsBefore);
    // Higher answers stop some rules: a touched one stays, marked inactive, never deleted.
    const stopped = [accept, dismiss, edit].filter((r) => after.get(r!.id)?.active === false);
    expect(stopped.length).toBeGreaterThan(0);
    expect(after.get(accept!.id)!.history.map((h) => [h.userName, h.field])).toEqual(
      expect.arrayContaining([['Dana de Vries', 'status'], ['Dana de Vries', 'actionItem'], ['Dana de Vries', 'actionItem.status']]),
    );
  });

  it('should store per-dimension score rows beside every result snapshot', async () => {
    const snapshots = await countRows(server, 'result_snapshot', 'assessment_id = $1', [assessmentId]);
    expect(await countRows(server, 'result_dimension_score', 'assessment_id = $1', [assessmentId])).toBe(snapshots * 7);
  });
});
