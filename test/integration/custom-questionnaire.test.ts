import { QUESTIONNAIRE_FORMAT_EXAMPLE } from '@omcheck/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSESSMENT, CREATE_ASSESSMENT, CREATE_ORGANIZATION, IMPORT_QUESTIONNAIRE, INVITE_RESPONDENT, WORKSPACE_QUESTIONNAIRES,
} from '../helpers/consultant-operations.js';
import { type SignedUp, codeOf, dataOf, signUp } from '../helpers/consultant.js';
import { countRows } from '../helpers/fixtures.js';
import { answerAndSubmit } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

/** DESIGN §3: a consultant imports a questionnaire ("a custom lens") for their own check-ups. */
describe('custom questionnaires', () => {
  let server: TestServer;
  let consultant: SignedUp;
  let stranger: SignedUp;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    consultant = await signUp(server, { workspaceName: 'Lens Makers' });
    stranger = await signUp(server, { workspaceName: 'Elsewhere' });
  });
  afterAll(async () => server?.close());

  const importJson = (client: SignedUp, json: string) => client.gql(IMPORT_QUESTIONNAIRE, { input: { workspaceId: client.workspaceId, json } });

  it('should import the example of docs/questionnaire-format.md and run a check-up on it', async () => {
    const imported = dataOf(await importJson(consultant, JSON.stringify(QUESTIONNAIRE_FORMAT_EXAMPLE)));
    expect(imported).toMatchObject({ importQuestionnaire: { key: 'pilot-check', version: '1.0.0', custom: true } });
    const listed = dataOf(await consultant.gql<{ workspace: { questionnaires: Array<{ key: string; custom: boolean }> } }>(WORKSPACE_QUESTIONNAIRES, { id: consultant.workspaceId }));
    expect(listed.workspace.questionnaires.map((q) => [q.key, q.custom])).toEqual([['om-health-check', false], ['pilot-check', true]]);

    const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: consultant.workspaceId, name: 'Pilot client' },
    })).createOrganization.id;
    const checkup = dataOf(await consultant.gql<{ createAssessment: { id: string; questionnaireVersion: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Pilot lens', locale: 'EN', questionnaireKey: 'pilot-check' },
    })).createAssessment;
    expect(checkup.questionnaireVersion).toBe('1.0.0');
    const token = dataOf(await consultant.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
      input: { assessmentId: checkup.id, role: 'MANAGEMENT', label: 'x', locale: 'EN' },
    })).inviteRespondent.token;
    await answerAndSubmit(server, token, 3);
    const result = dataOf(await consultant.gql<{ assessment: { result: { overallScore: number; dimensions: Array<{ dimensionId: string }> } } }>(ASSESSMENT, { id: checkup.id }));
    expect(result.assessment.result.overallScore).toBe(75);
    expect(result.assessment.result.dimensions.map((d) => d.dimensionId)).toEqual(QUESTIONNAIRE_FORMAT_EXAMPLE.dimensions.map((d) => d.id));
  });

  it('should name the path and the problem of every error, and store nothing', async () => {
    const before = await countRows(server, 'custom_questionnaire', '1 = 1', []);
    const broken = JSON.parse(JSON.stringify(QUESTIONNAIRE_FORMAT_EXAMPLE)) as { version: string; dimensions: Array<{ questions: Array<{ levels?: unknown[] }> }> };
    broken.version = 'one';
    broken.dimensions[0]!.questions[0]!.levels = ['only one level'];
    const response = await importJson(consultant, JSON.stringify(broken));
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    const fields = (response.errors![0]!.extensions!['problems'] as Array<{ field: string; message: string }>).map((p) => p.field);
    expect(fields).toContain('version');
    expect(fields.some((field) => field.startsWith('dimensions[0].questions[0]'))).toBe(true);
    expect(response.errors![0]!.message).toMatch(/Nothing was imported/);
    expect(codeOf(await importJson(consultant, '{ not json'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await importJson(consultant, JSON.stringify({ ...QUESTIONNAIRE_FORMAT_EXAMPLE, key: 'om-health-check' })))).toBe('BAD_USER_INPUT');
    expect(codeOf(await importJson(consultant, JSON.stringify(QUESTIONNAIRE_FORMAT_EXAMPLE)))).toBe('BAD_USER_INPUT');
    expect(await countRows(server, 'custom_questionnaire', '1 = 1', [])).toBe(before);
  });

  it('should keep a workspace’s questionnaire for its own check-ups only', async () => {
    const organizationId = dataOf(await stranger.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: stranger.workspaceId, name: 'Not theirs' },
    })).createOrganization.id;
    const attempt = await stranger.gql(CREATE_ASSESSMENT, { input: { organizationId, title: 'x', locale: 'EN', questionnaireKey: 'pilot-check' } });
    expect(codeOf(attempt)).toBe('BAD_USER_INPUT');
    const listed = dataOf(await stranger.gql<{ workspace: { questionnaires: Array<{ key: string }> } }>(WORKSPACE_QUESTIONNAIRES, { id: stranger.workspaceId }));
    expect(listed.workspace.questionnaires.map((q) => q.key)).toEqual(['om-health-check']);
  });
});
