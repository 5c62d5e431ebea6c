import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPT_MEMBER_INVITATION, ARCHIVE_ORGANIZATION, ASSESSMENT, CLOSE_ASSESSMENT, CREATE_ASSESSMENT, CREATE_ORGANIZATION,
  CREATE_WORKSPACE, INVITE_MEMBER, INVITE_RESPONDENT, INVITE_RESPONDENTS, ORGANIZATION, ORGANIZATIONS, REMOVE_MEMBER,
  REOPEN_ASSESSMENT, REVOKE_INVITATION, REVOKE_MEMBER_INVITATION, SIGN_OUT_EVERYWHERE, UPDATE_ORGANIZATION, WORKSPACE,
  ADD_ACTION_ITEM, ADD_RECOMMENDATION, IMPORT_QUESTIONNAIRE, SET_ASSESSMENT_SETTINGS, UPDATE_ACTION_ITEM, UPDATE_RECOMMENDATION,
  CREATE_SHARE_LINK, REVOKE_SHARE_LINK,
} from '../helpers/consultant-operations.js';
import { START_NEXT_ASSESSMENT } from '../helpers/history-operations.js';
import { REPORT_ROUTES } from '@omcheck/server';
import { PORTFOLIO, PORTFOLIO_DISTRIBUTION } from '../helpers/portfolio-operations.js';
import { type SessionClient, codeOf, dataOf, signIn, signUp } from '../helpers/consultant.js';
import { DOWNLOAD_ROUTES } from '@omcheck/server';
import { QUESTIONNAIRE_FORMAT_EXAMPLE } from '@omcheck/shared';
import { type Team, answerAndSubmit, createTeam } from '../helpers/team.js';
import { type GraphQLResponse, type TestServer, startTestServer } from '../helpers/test-server.js';
import { subscribeSse } from '../helpers/sse.js';
import {
  END_WORKSHOP, RECORD_CONSENSUS, REVEAL_QUESTION, SET_WORKSHOP_QUESTION, START_WORKSHOP, WORKSHOP, WORKSHOP_FOR_ASSESSMENT, WORKSHOP_UPDATED,
} from '../helpers/workshop-operations.js';

const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/schema.graphql');

/** Who may run an operation: by workspace role, or anyone signed in. */
type Access = 'read' | 'write' | 'manage' | 'signed-in';
type ActorName = 'owner' | 'consultant' | 'viewer' | 'outsider' | 'anonymous';
const ACTORS: readonly ActorName[] = ['owner', 'consultant', 'viewer', 'outsider', 'anonymous'];

const ALLOWED: Record<Access, ReadonlySet<ActorName>> = {
  read: new Set(['owner', 'consultant', 'viewer']),
  write: new Set(['owner', 'consultant']),
  manage: new Set(['owner']),
  'signed-in': new Set(['owner', 'consultant', 'viewer', 'outsider']),
};

interface Row {
  access: Access;
  query: string;
  /** Makes what the operation acts on, fresh for each case (run by the owner); returns the variables. */
  variables(team: Team, server: TestServer): Promise<Record<string, unknown>>;
  /** The operation ends sessions: run it on a session of its own. */
  freshSession?: boolean;
}

/** Operations anyone may call: the public self-assessment, signing in and out, a join link's preview. */
const PUBLIC_OPERATIONS = new Set([
  'questionnaire', 'respondentSession', 'assessmentResult', 'startSelfAssessment', 'saveAnswers', 'submitResponses',
  'viewer', 'signUp', 'signIn', 'signOut', 'memberInvitation', 'startFollowUpSelfAssessment',
  // A workshop's participants: the code (joins rate-limited per address) and then their own token.
  'joinWorkshop', 'castVote', 'workshopParticipant', 'workshopFollow',
]);

async function newClient(team: Team): Promise<string> {
  return dataOf(await team.owner.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
    input: { workspaceId: team.workspaceId, name: 'Matrix client' },
  })).createOrganization.id;
}

async function newCheckup(team: Team): Promise<string> {
  return dataOf(await team.owner.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
    input: { organizationId: await newClient(team), title: 'Matrix check-up', locale: 'EN' },
  })).createAssessment.id;
}

/** A client with one check-up (the one the next check-up copies); returns the client. */
async function newClientWithCheckup(team: Team): Promise<string> {
  const organizationId = await newClient(team);
  dataOf(await team.owner.gql(CREATE_ASSESSMENT, { input: { organizationId, title: 'Matrix check-up', locale: 'EN' } }));
  return organizationId;
}

/** A check-up one respondent submitted, so it has rule-made recommendations; returns one of them. */
async function newRecommendation(team: Team, server: TestServer): Promise<string> {
  const assessmentId = await newCheckup(team);
  const made = dataOf(await team.owner.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
    input: { assessmentId, role: 'MANAGEMENT', label: 'x', locale: 'EN' },
  }));
  await answerAndSubmit(server, made.inviteRespondent.token, 1);
  const result = dataOf(await team.owner.gql<{ assessment: { result: { recommendations: Array<{ id: string }> } } }>(ASSESSMENT, { id: assessmentId }));
  return result.assessment.result.recommendations[0]!.id;
}

async function newActionItem(team: Team, server: TestServer): Promise<string> {
  const recommendationId = await newRecommendation(team, server);
  return dataOf(await team.owner.gql<{ addActionItem: { id: string } }>(ADD_ACTION_ITEM, { input: { recommendationId, title: 'Call the partner' } })).addActionItem.id;
}

async function newMemberInvitation(team: Team): Promise<{ id: string; token: string }> {
  return dataOf(await team.owner.gql<{ inviteMember: { id: string; token: string } }>(INVITE_MEMBER, {
    input: { workspaceId: team.workspaceId, role: 'VIEWER' },
  })).inviteMember;
}

/** An exported check-up (one respondent submitted), as the JSON download gives it. */
async function newExport(team: Team, server: TestServer): Promise<string> {
  const recommendationId = await newRecommendation(team, server);
  const rows = (await server.dataSource.query(`SELECT assessment_id FROM recommendation WHERE id = '${recommendationId}'`)) as Array<{ assessment_id: string }>;
  const response = await fetch(`${server.url}/a/${rows[0]!.assessment_id}/export.json`, { headers: { cookie: team.owner.cookie } });
  return response.text();
}

const IMPORT_ASSESSMENT = /* GraphQL */ `
  mutation ImportAssessment($workspaceId: ID!, $document: String!) { importAssessment(workspaceId: $workspaceId, document: $document) { id title } }`;

/** Each import needs a new version of the example questionnaire. */
let importedVersions = 0;

/** A check-up with a submitted respondent: it has a result to report. */
async function newScoredCheckup(team: Team, server: TestServer): Promise<string> {
  const assessmentId = await newCheckup(team);
  const made = dataOf(await team.owner.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
    input: { assessmentId, role: 'MANAGEMENT', label: 'x', locale: 'EN' },
  }));
  await answerAndSubmit(server, made.inviteRespondent.token, 2);
  return assessmentId;
}

/** A workshop running on a new check-up, and its first question. */
async function newWorkshop(team: Team): Promise<{ workshopId: string; questionId: string }> {
  const workshop = dataOf(await team.owner.gql<{ startWorkshop: { id: string; questions: Array<{ questionId: string }> } }>(START_WORKSHOP, {
    assessmentId: await newCheckup(team),
  })).startWorkshop;
  return { workshopId: workshop.id, questionId: workshop.questions[1]!.questionId };
}

/** Every consultant operation: a new operation without a row here fails the coverage test. */
const MATRIX: Record<string, Row> = {
  createShareLink: { access: 'write', query: CREATE_SHARE_LINK, variables: async (t) => ({ assessmentId: await newCheckup(t) }) },
  revokeShareLink: {
    access: 'write',
    query: REVOKE_SHARE_LINK,
    variables: async (t) => ({ id: dataOf(await t.owner.gql<{ createShareLink: { id: string } }>(CREATE_SHARE_LINK, { assessmentId: await newCheckup(t) })).createShareLink.id }),
  },
  workspace: { access: 'read', query: WORKSPACE, variables: async (t) => ({ id: t.workspaceId }) },
  organizations: { access: 'read', query: ORGANIZATIONS, variables: async (t) => ({ workspaceId: t.workspaceId }) },
  portfolio: { access: 'read', query: PORTFOLIO, variables: async (t) => ({ workspaceId: t.workspaceId }) },
  portfolioDistribution: { access: 'read', query: PORTFOLIO_DISTRIBUTION, variables: async (t) => ({ workspaceId: t.workspaceId }) },
  organization: { access: 'read', query: ORGANIZATION, variables: async (t) => ({ id: await newClient(t) }) },
  assessment: { access: 'read', query: ASSESSMENT, variables: async (t) => ({ id: await newCheckup(t) }) },
  createOrganization: {
    access: 'write',
    query: CREATE_ORGANIZATION,
    variables: async (t) => ({ input: { workspaceId: t.workspaceId, name: 'New client' } }),
  },
  updateOrganization: {
    access: 'write',
    query: UPDATE_ORGANIZATION,
    variables: async (t) => ({ input: { id: await newClient(t), name: 'Renamed' } }),
  },
  archiveOrganization: { access: 'write', query: ARCHIVE_ORGANIZATION, variables: async (t) => ({ id: await newClient(t), archived: true }) },
  createAssessment: {
    access: 'write',
    query: CREATE_ASSESSMENT,
    variables: async (t) => ({ input: { organizationId: await newClient(t), title: 'Q3', locale: 'EN' } }),
  },
  startNextAssessment: { access: 'write', query: START_NEXT_ASSESSMENT, variables: async (t) => ({ organizationId: await newClientWithCheckup(t) }) },
  closeAssessment: { access: 'write', query: CLOSE_ASSESSMENT, variables: async (t) => ({ id: await newCheckup(t) }) },
  reopenAssessment: {
    access: 'manage',
    query: REOPEN_ASSESSMENT,
    variables: async (t) => {
      const id = await newCheckup(t);
      dataOf(await t.owner.gql(CLOSE_ASSESSMENT, { id }));
      return { id };
    },
  },
  inviteRespondent: {
    access: 'write',
    query: INVITE_RESPONDENT,
    variables: async (t) => ({ input: { assessmentId: await newCheckup(t), role: 'SALES', label: 'x', locale: 'EN' } }),
  },
  inviteRespondents: {
    access: 'write',
    query: INVITE_RESPONDENTS,
    variables: async (t) => ({ input: { assessmentId: await newCheckup(t), role: 'SALES', labels: ['a', 'b'] } }),
  },
  revokeInvitation: {
    access: 'write',
    query: REVOKE_INVITATION,
    variables: async (t) => {
      const made = dataOf(await t.owner.gql<{ inviteRespondent: { id: string } }>(INVITE_RESPONDENT, {
        input: { assessmentId: await newCheckup(t), role: 'SALES', label: 'x', locale: 'EN' },
      }));
      return { id: made.inviteRespondent.id };
    },
  },
  inviteMember: { access: 'manage', query: INVITE_MEMBER, variables: async (t) => ({ input: { workspaceId: t.workspaceId, role: 'CONSULTANT' } }) },
  revokeMemberInvitation: { access: 'manage', query: REVOKE_MEMBER_INVITATION, variables: async (t) => ({ id: (await newMemberInvitation(t)).id }) },
  removeMember: {
    access: 'manage',
    query: REMOVE_MEMBER,
    variables: async (t, server) => {
      const member = await signUp(server, { workspaceName: null, invitationToken: (await newMemberInvitation(t)).token });
      return { workspaceId: t.workspaceId, userId: member.userId };
    },
  },
  setAssessmentSettings: {
    access: 'write',
    query: SET_ASSESSMENT_SETTINGS,
    variables: async (t) => ({ input: { assessmentId: await newCheckup(t), minGroupSize: 2, desiredRelationshipModel: 'OUTCOME_BASED', targets: [{ dimensionId: 'strategy', score: 70 }] } }),
  },
  updateRecommendation: {
    access: 'write',
    query: UPDATE_RECOMMENDATION,
    variables: async (t, server) => ({ input: { id: await newRecommendation(t, server), status: 'ACCEPTED', title: 'Our words' } }),
  },
  addRecommendation: {
    access: 'write',
    query: ADD_RECOMMENDATION,
    variables: async (t) => ({ input: { assessmentId: await newCheckup(t), title: 'Visit a peer company', horizon: 'QUICK_WIN' } }),
  },
  addActionItem: {
    access: 'write',
    query: ADD_ACTION_ITEM,
    variables: async (t, server) => ({ input: { recommendationId: await newRecommendation(t, server), title: 'Book the workshop', owner: 'Ana', dueDate: '2027-01-15' } }),
  },
  updateActionItem: {
    access: 'write',
    query: UPDATE_ACTION_ITEM,
    variables: async (t, server) => ({ input: { id: await newActionItem(t, server), status: 'DONE' } }),
  },
  importQuestionnaire: {
    access: 'write',
    query: IMPORT_QUESTIONNAIRE,
    variables: async (t) => ({
      input: { workspaceId: t.workspaceId, json: JSON.stringify({ ...QUESTIONNAIRE_FORMAT_EXAMPLE, version: `1.0.${++importedVersions}` }) },
    }),
  },
  importAssessment: {
    access: 'write',
    query: IMPORT_ASSESSMENT,
    variables: async (t, server) => ({ workspaceId: t.workspaceId, document: await newExport(t, server) }),
  },
  workshop: { access: 'read', query: WORKSHOP, variables: async (t) => ({ id: (await newWorkshop(t)).workshopId }) },
  workshopForAssessment: {
    access: 'read',
    query: WORKSHOP_FOR_ASSESSMENT,
    variables: async (t) => {
      const assessmentId = await newCheckup(t);
      dataOf(await t.owner.gql(START_WORKSHOP, { assessmentId }));
      return { assessmentId };
    },
  },
  startWorkshop: { access: 'write', query: START_WORKSHOP, variables: async (t) => ({ assessmentId: await newCheckup(t) }) },
  revealQuestion: { access: 'write', query: REVEAL_QUESTION, variables: async (t) => newWorkshop(t) },
  recordConsensus: { access: 'write', query: RECORD_CONSENSUS, variables: async (t) => ({ ...(await newWorkshop(t)), optionId: 'l2', note: 'Agreed' }) },
  setWorkshopQuestion: { access: 'write', query: SET_WORKSHOP_QUESTION, variables: async (t) => newWorkshop(t) },
  endWorkshop: { access: 'write', query: END_WORKSHOP, variables: async (t) => ({ workshopId: (await newWorkshop(t)).workshopId }) },
  createWorkspace: { access: 'signed-in', query: CREATE_WORKSPACE, variables: async () => ({ name: 'Side business' }) },
  acceptMemberInvitation: { access: 'signed-in', query: ACCEPT_MEMBER_INVITATION, variables: async (t) => ({ token: (await newMemberInvitation(t)).token }) },
  signOutEverywhere: { access: 'signed-in', query: SIGN_OUT_EVERYWHERE, variables: async () => ({}), freshSession: true },
};

/** Every consultant subscription, with the variables of a missing thing (answered exactly like another workspace's). */
const SUBSCRIPTIONS: Record<string, Omit<Row, 'freshSession'> & { missing: Record<string, unknown> }> = {
  workshopUpdated: {
    access: 'read',
    query: WORKSHOP_UPDATED,
    variables: async (t) => ({ workshopId: (await newWorkshop(t)).workshopId }),
    missing: { workshopId: '00000000-0000-4000-8000-000000000000' },
  },
};

/**
 * Every download route (`DOWNLOAD_ROUTES`, the one table the server registers them from): a
 * route without a row here fails the coverage test. Allowed actors get the file; everyone else
 * gets exactly what a missing id gets.
 */
const DOWNLOADS: Record<string, { access: Access; url(team: Team, assessmentId: string): string }> = {
  '/a/:assessmentId/export.csv': { access: 'read', url: (_t, id) => `/a/${id}/export.csv?locale=it` },
  '/a/:assessmentId/export.json': { access: 'read', url: (_t, id) => `/a/${id}/export.json` },
};

/** Every table's rows, except sessions (a read may refresh last-seen) and counters: "did anything change?". */
async function snapshot(server: TestServer): Promise<string> {
  const tables = server.dataSource.entityMetadatas.filter((m) => m.tableName !== 'user_session').sort((a, b) => a.tableName.localeCompare(b.tableName));
  const rows: Record<string, unknown> = {};
  for (const table of tables) {
    const order = table.primaryColumns.map((c) => c.databaseName).join(', ');
    rows[table.tableName] = await server.dataSource.query(`SELECT * FROM ${table.tableName} ORDER BY ${order}`);
  }
  return JSON.stringify(rows);
}

describe('authorization matrix', () => {
  let server: TestServer;
  let team: Team;

  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    team = await createTeam(server);
  });
  afterAll(async () => server?.close());

  it('should have a row for every operation of the schema that is not public', () => {
    const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const subscriptions = Object.keys(schema.getSubscriptionType()?.getFields() ?? {});
    const uncovered = [...operations, ...subscriptions].filter((name) => !PUBLIC_OPERATIONS.has(name) && !(name in MATRIX) && !(name in SUBSCRIPTIONS));
    expect(uncovered, 'add these operations to the authorization matrix').toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !operations.includes(name))).toEqual([]);
    expect(Object.keys(SUBSCRIPTIONS).filter((name) => !subscriptions.includes(name))).toEqual([]);
  });

  const clientOf = async (actor: ActorName, fresh: boolean): Promise<SessionClient | null> => {
    if (actor === 'anonymous') return null;
    const member = team[actor];
    return fresh ? signIn(server.graphqlUrl, member.email) : member;
  };

  // Subscriptions over Server-Sent Events: the same access check; a refusal is one error event.
  // Before the operations below: signOutEverywhere ends the members' sessions, acceptMemberInvitation makes the outsider a member.
  for (const [operation, row] of Object.entries(SUBSCRIPTIONS)) {
    for (const actor of ACTORS) {
      const allowed = ALLOWED[row.access].has(actor);
      it(`${operation} (subscription): should ${allowed ? 'allow' : 'deny'} ${actor}`, async () => {
        const variables = await row.variables(team, server);
        const client = await clientOf(actor, false);
        const stream = await subscribeSse<Record<string, unknown>>(server.url, row.query, variables, client ? { cookie: client.cookie } : {});
        const first = await stream.waitFor(() => true);
        stream.close();
        if (allowed) {
          expect(first.errors).toBeUndefined();
          expect(first.data?.[operation]).toBeTruthy();
          return;
        }
        const expected = actor === 'anonymous' ? 'UNAUTHENTICATED' : actor === 'outsider' ? 'NOT_FOUND' : 'FORBIDDEN';
        expect(first.errors?.[0]?.extensions?.code).toBe(expected);
        if (actor === 'outsider') {
          const missing = await subscribeSse<Record<string, unknown>>(server.url, row.query, row.missing, { cookie: client!.cookie });
          const answer = await missing.waitFor(() => true);
          missing.close();
          expect(answer.errors?.map((e) => [e.message, e.extensions])).toEqual(first.errors?.map((e) => [e.message, e.extensions]));
        }
      });
    }
  }

  for (const [operation, row] of Object.entries(MATRIX)) {
    for (const actor of ACTORS) {
      const allowed = ALLOWED[row.access].has(actor);
      it(`${operation}: should ${allowed ? 'allow' : 'deny'} ${actor}`, async () => {
        const variables = await row.variables(team, server);
        const client = await clientOf(actor, row.freshSession === true);
        const before = allowed ? '' : await snapshot(server);
        const response: GraphQLResponse<unknown> = client ? await client.gql(row.query, variables) : await server.gql(row.query, variables);
        if (allowed) {
          expect(response.errors).toBeUndefined();
          return;
        }
        const expected = actor === 'anonymous' ? 'UNAUTHENTICATED' : actor === 'outsider' ? 'NOT_FOUND' : 'FORBIDDEN';
        expect(codeOf(response)).toBe(expected);
        expect(await snapshot(server), 'a denied operation changed the database').toBe(before);
      });
    }
  }

  // The download routes: the same tenancy rules over HTTP. Every consultant route is listed in
  // REPORT_ROUTES, so a new one is covered here without a new row.
  const consultantRoutes = REPORT_ROUTES.filter((route) => route.door === 'consultant');
  // Fresh sessions and a fresh outsider: the matrix above signs everyone out everywhere and lets
  // the outsider accept a member invitation.
  let routeOutsider: SessionClient | undefined;
  const routeClientOf = async (actor: ActorName): Promise<SessionClient | null> => {
    if (actor === 'outsider') return (routeOutsider ??= await signUp(server, { name: 'Route Outsider', workspaceName: 'Elsewhere' }));
    return clientOf(actor, true);
  };
  const freshTeam = async (): Promise<Team> => ({ ...team, owner: { ...team.owner, ...(await signIn(server.graphqlUrl, team.owner.email)) } });
  it('should cover every consultant download route', () => {
    expect(consultantRoutes.map((route) => route.path).sort()).toEqual(['/a/:assessmentId/report', '/a/:assessmentId/report.pdf', '/a/:assessmentId/report.pptx']);
  });
  for (const route of consultantRoutes) {
    for (const actor of ACTORS) {
      const allowed = ALLOWED.read.has(actor);
      it(`GET ${route.path}: should ${allowed ? 'allow' : 'deny'} ${actor}`, async () => {
        const assessmentId = await newScoredCheckup(await freshTeam(), server);
        const client = await routeClientOf(actor);
        const response = await fetch(`${server.url}${route.path.replace(':assessmentId', assessmentId)}?locale=en`, { headers: client ? { cookie: client.cookie } : {} });
        const expected = allowed ? 200 : actor === 'anonymous' ? 401 : 404;
        expect(response.status).toBe(expected);
        const types = { pdf: /^application\/pdf/, pptx: /^application\/vnd\.openxmlformats-officedocument\.presentationml\.presentation/, html: /^text\/html/ };
        if (allowed) expect(response.headers.get('content-type')).toMatch(types[route.format]);
        else expect(response.headers.get('x-error-code')).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'NOT_FOUND');
      });
    }
  }
  it('GET a missing check-up: should answer exactly like another workspace\'s', async () => {
    const outsider = (await routeClientOf('outsider'))!;
    const missing = await fetch(`${server.url}/a/00000000-0000-4000-8000-00000000dead/report.pdf`, { headers: { cookie: outsider.cookie } });
    const foreign = await fetch(`${server.url}/a/${await newScoredCheckup(await freshTeam(), server)}/report.pdf`, { headers: { cookie: outsider.cookie } });
    expect([missing.status, await missing.text()]).toEqual([foreign.status, await foreign.text()]);
  });

  describe('downloads', () => {
    // signOutEverywhere above ended every session of its actors, and acceptMemberInvitation made
    // the outsider a member: sign the members in again, and bring a new outsider.
    beforeAll(async () => {
      for (const name of ['owner', 'consultant', 'viewer'] as const) team = { ...team, [name]: { ...team[name], ...(await signIn(server.graphqlUrl, team[name].email)) } };
      team = { ...team, outsider: await signUp(server, { name: 'Nora Newcomer', workspaceName: 'Yet Another Consultancy' }) };
    });

    it('should have a row for every download route the server registers', () => {
      expect(Object.keys(DOWNLOADS).sort()).toEqual(DOWNLOAD_ROUTES.map((route) => route.path).sort());
    });

    for (const [route, row] of Object.entries(DOWNLOADS)) {
      for (const actor of ACTORS) {
        const allowed = ALLOWED[row.access].has(actor);
        it(`${route}: should ${allowed ? 'allow' : 'deny'} ${actor}`, async () => {
          const client = await clientOf(actor, false);
          const get = async (id: string) => {
            const response = await fetch(`${server.url}${row.url(team, id)}`, { headers: client ? { cookie: client.cookie } : {} });
            return { status: response.status, body: await response.text(), disposition: response.headers.get('content-disposition') };
          };
          const assessmentId = await newCheckup(team);
          const before = allowed ? '' : await snapshot(server);
          const response = await get(assessmentId);
          if (allowed) {
            expect(response.status).toBe(200);
            expect(response.disposition).toMatch(/^attachment; filename="matrix-client-/);
            return;
          }
          // Signed out: sign in (401), as the API says; a member without access: the same 404 as a missing id.
          if (actor === 'anonymous') expect(response.status).toBe(401);
          else expect(response).toEqual({ ...(await get('00000000-0000-4000-8000-000000000000')), status: 404 });
          expect(response.disposition).toBeNull();
          expect(await snapshot(server), 'a denied download changed the database').toBe(before);
        });
      }
    }
  });
});
