import { QUESTIONNAIRE_FORMAT_EXAMPLE } from '@omcheck/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_ASSESSMENT, CREATE_ORGANIZATION, IMPORT_QUESTIONNAIRE, INVITE_RESPONDENT, SET_ASSESSMENT_SETTINGS, UPDATE_RECOMMENDATION,
} from '../helpers/consultant-operations.js';
import { type SignedUp, dataOf, signUp } from '../helpers/consultant.js';
import { type DeltaView, RESULT_WITH_PREVIOUS, START_NEXT_ASSESSMENT } from '../helpers/history-operations.js';
import { answerAndSubmit } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

const SEED = '000_771def5f3f0c7c25.txt';
const LEVELS = ['None.', 'Some.', 'Half.', 'Most.', 'All.'].map((en) => ({ en }));

/** The example questionnaire's next version: the partnership section gone, a planning section new. */
function nextVersion(version: string) {
  const example = JSON.parse(JSON.stringify(QUESTIONNAIRE_FORMAT_EXAMPLE)) as { version: string; dimensions: Array<{ id: string }> };
  example.version = version;
  example.dimensions = [
    ...example.dimensions.filter((d) => d.id !== 'partnership'),
    {
      id: 'planning', title: { en: 'Planning' }, description: { en: 'Whether plans reach the week.' }, weight: 1, weightRationale: { en: 'Seed 001.' }, seeds: [SEED],
      questions: [{ id: 'weekly-plan', kind: 'maturity', prompt: { en: 'Is there a weekly plan?' }, help: { en: 'From the strategy down.' }, levels: LEVELS, tags: ['linkage'], seeds: [SEED] }],
    } as { id: string },
  ];
  return JSON.stringify(example);
}

interface Result {
  overallScore: number | null;
  dimensions: Array<{ dimensionId: string; score: number | null }>;
  previous: DeltaView | null;
}

/** Issue 11: the change since last time across questionnaire versions compares the dimensions both have and names the rest. */
describe('history across questionnaire versions', () => {
  let server: TestServer;
  let consultant: SignedUp;
  let stranger: SignedUp;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    consultant = await signUp(server, { workspaceName: 'Lens Makers' });
    stranger = await signUp(server, { workspaceName: 'Other Lens Makers' });
  });
  afterAll(async () => server?.close());

  const importQuestionnaire = async (as: SignedUp, json: string) => dataOf(await as.gql(IMPORT_QUESTIONNAIRE, { input: { workspaceId: as.workspaceId, json } }));
  const resultOf = async (id: string): Promise<Result> =>
    dataOf(await consultant.gql<{ assessment: { result: Result } }>(RESULT_WITH_PREVIOUS, { id })).assessment.result;

  it('should start the next check-up on the workspace’s latest version of its own questionnaire and compare the shared dimensions', async () => {
    await importQuestionnaire(consultant, JSON.stringify(QUESTIONNAIRE_FORMAT_EXAMPLE));
    const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: consultant.workspaceId, name: 'Pilot client' },
    })).createOrganization.id;
    const first = dataOf(await consultant.gql<{ createAssessment: { id: string; questionnaireVersion: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Pilot', locale: 'EN', questionnaireKey: 'pilot-check' },
    })).createAssessment;
    dataOf(await consultant.gql(SET_ASSESSMENT_SETTINGS, { input: { assessmentId: first.id, targets: [{ dimensionId: 'marketing', score: 80 }, { dimensionId: 'partnership', score: 50 }] } }));
    const token = dataOf(await consultant.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
      input: { assessmentId: first.id, role: 'MANAGEMENT', label: 'Owner', locale: 'EN' },
    })).inviteRespondent.token;
    await answerAndSubmit(server, token, 1);
    const before = (await resultOf(first.id));
    const recommendation = dataOf(await consultant.gql<{ assessment: { result: { recommendations: Array<{ id: string; ruleId: string | null }> } } }>(
      /* GraphQL */ `query R($id: ID!) { assessment(id: $id) { result { recommendations { id ruleId } } } }`, { id: first.id },
    )).assessment.result.recommendations.find((r) => r.ruleId === 'plan-marketing-with-sales')!;
    dataOf(await consultant.gql(UPDATE_RECOMMENDATION, { input: { id: recommendation.id, status: 'DONE' } }));

    await importQuestionnaire(consultant, nextVersion('1.1.0'));
    // Another workspace's newer version of the same key is not this workspace's.
    await importQuestionnaire(stranger, nextVersion('2.0.0'));

    const next = dataOf(await consultant.gql<{ startNextAssessment: { id: string; questionnaireVersion: string; targets: Array<{ dimensionId: string; score: number }>; newInvitations: Array<{ token: string }> } }>(
      START_NEXT_ASSESSMENT, { organizationId },
    )).startNextAssessment;
    expect(next.questionnaireVersion).toBe('1.1.0');
    expect(next.targets).toEqual([{ dimensionId: 'marketing', score: 80 }]);
    await answerAndSubmit(server, next.newInvitations[0]!.token, 3);

    const after = await resultOf(next.id);
    expect(after.dimensions.map((d) => d.dimensionId)).toEqual(['marketing', 'planning']);
    const marketingBefore = before.dimensions.find((d) => d.dimensionId === 'marketing')!.score!;
    const marketingAfter = after.dimensions.find((d) => d.dimensionId === 'marketing')!.score!;
    const marketingDelta = Math.round((marketingAfter - marketingBefore) * 10) / 10;
    expect(after.previous).toEqual({
      assessmentId: first.id,
      overallDelta: Math.round((after.overallScore! - before.overallScore!) * 10) / 10,
      title: 'Pilot',
      scoredAt: expect.any(String),
      previousOverallScore: before.overallScore,
      previousQuestionnaireVersion: '1.0.0',
      sameQuestionnaireVersion: false,
      addedDimensionIds: ['planning'],
      removedDimensionIds: ['partnership'],
      dimensions: [{ dimensionId: 'marketing', delta: marketingDelta, title: 'Marketing', previousScore: marketingBefore, score: marketingAfter }],
      doneRecommendations: [{ recommendationId: recommendation.id, title: 'Plan marketing with sales', dimensionId: 'marketing', dimensionTitle: 'Marketing', dimensionDelta: marketingDelta }],
    });
    expect(marketingDelta).toBeGreaterThan(0);
  });
});
