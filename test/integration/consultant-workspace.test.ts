import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPT_MEMBER_INVITATION, ARCHIVE_ORGANIZATION, ASSESSMENT, CLOSE_ASSESSMENT, CREATE_ASSESSMENT, CREATE_ORGANIZATION,
  INVITED_SESSION, INVITE_MEMBER, INVITE_RESPONDENT, INVITE_RESPONDENTS, MEMBER_INVITATION, ORGANIZATION, ORGANIZATIONS,
  REMOVE_MEMBER, REOPEN_ASSESSMENT, REVOKE_INVITATION, SIGN_IN, SIGN_OUT, SIGN_OUT_EVERYWHERE, SIGN_UP, UPDATE_ORGANIZATION,
  VIEWER, WORKSPACE,
} from '../helpers/consultant-operations.js';
import { type SignedUp, TEST_PASSWORD, codeOf, dataOf, sessionCookieOf, signIn, signUp, uniqueEmail } from '../helpers/consultant.js';
import { countRows } from '../helpers/fixtures.js';
import { SAVE, SUBMIT } from '../helpers/operations.js';
import { answerAndSubmit } from '../helpers/team.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

interface Invitation {
  id: string;
  role: string;
  label: string | null;
  token: string;
  url: string;
}

describe('consultant workspace', () => {
  let server: TestServer;
  let owner: SignedUp;

  beforeAll(async () => {
    // Many sign-ups from one address: the limits have their own test.
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
    owner = await signUp(server, { name: 'Dana de Vries', workspaceName: 'Northbridge Advisory' });
  });
  afterAll(async () => server?.close());

  const createClient = async (client: SignedUp, name = 'Rossi Food') =>
    dataOf(await client.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
      input: { workspaceId: client.workspaceId, name, industry: 'Food', size: '50-249' },
    })).createOrganization.id;

  const createCheckup = async (client: SignedUp, organizationId: string) =>
    dataOf(await client.gql<{ createAssessment: { id: string; status: string; questionnaireVersion: string } }>(CREATE_ASSESSMENT, {
      input: { organizationId, title: 'Spring check-up', locale: 'EN' },
    })).createAssessment;

  const invite = async (client: SignedUp, assessmentId: string, role: string, labels: string[]) =>
    dataOf(await client.gql<{ inviteRespondents: Invitation[] }>(INVITE_RESPONDENTS, { input: { assessmentId, role, locale: 'EN', labels } }))
      .inviteRespondents;

  describe('accounts', () => {
    it('should sign up into an owned workspace with an httpOnly, SameSite=Lax session cookie', async () => {
      const response = await server.gql<{ signUp: { user: { email: string }; workspaces: Array<{ name: string; role: string }> } }>(SIGN_UP, {
        input: { name: 'Ada', email: `  ${uniqueEmail().toUpperCase()} `, password: TEST_PASSWORD, workspaceName: 'Ada Consulting' },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.signUp.workspaces).toEqual([expect.objectContaining({ name: 'Ada Consulting', role: 'OWNER' })]);
      expect(response.data!.signUp.user.email).toBe(response.data!.signUp.user.email.trim().toLowerCase());
      const header = (response as { setCookies?: string[] }).setCookies!.find((c) => c.startsWith('omcheck_session='))!;
      expect(header).toMatch(/HttpOnly/i);
      expect(header).toMatch(/SameSite=Lax/i);
      expect(header).not.toMatch(/Secure/i);
      // 256 random bits, base64url.
      expect(sessionCookieOf([header]).split('=')[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('should answer viewer with the user and workspaces, and null when signed out', async () => {
      const viewer = dataOf(await owner.gql<{ viewer: { user: { name: string }; workspaces: Array<{ id: string }> } }>(VIEWER));
      expect(viewer.viewer.user.name).toBe('Dana de Vries');
      expect(viewer.viewer.workspaces.map((w) => w.id)).toEqual([owner.workspaceId]);
      expect(dataOf(await server.gql(VIEWER))).toEqual({ viewer: null });
      expect(dataOf(await server.gql(VIEWER, {}, { cookie: 'omcheck_session=forged-token' }))).toEqual({ viewer: null });
    });

    it('should refuse a duplicate email, a short and a common password, and store nothing', async () => {
      const users = await countRows(server, 'app_user', '1 = 1', []);
      const attempt = (email: string, password: string) =>
        server.gql(SIGN_UP, { input: { name: 'Bob', email, password, workspaceName: 'Bob Ltd' } });
      const duplicate = await attempt(owner.email.toUpperCase(), TEST_PASSWORD);
      expect(codeOf(duplicate)).toBe('BAD_USER_INPUT');
      expect(duplicate.errors![0]!.extensions!['field']).toBe('email');
      const short = await attempt(uniqueEmail(), 'short1');
      expect(short.errors![0]!.extensions!['field']).toBe('password');
      expect(short.errors![0]!.message).toMatch(/10 characters/);
      const common = await attempt(uniqueEmail(), 'Password123');
      expect(common.errors![0]!.message).toMatch(/common/);
      expect(codeOf(await attempt('not-an-email', TEST_PASSWORD))).toBe('BAD_USER_INPUT');
      expect(codeOf(await server.gql(SIGN_UP, { input: { name: 'Bob', email: uniqueEmail(), password: TEST_PASSWORD } }))).toBe('BAD_USER_INPUT');
      expect(await countRows(server, 'app_user', '1 = 1', [])).toBe(users);
      expect(await countRows(server, 'workspace', "name = 'Bob Ltd'", [])).toBe(0);
    });

    it('should give the same error for an unknown email and a wrong password', async () => {
      const unknown = await server.gql(SIGN_IN, { input: { email: uniqueEmail(), password: TEST_PASSWORD } });
      const wrong = await server.gql(SIGN_IN, { input: { email: owner.email, password: 'wrong-password-here' } });
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      expect(unknown.errors).toEqual(wrong.errors);
    });

    it('should sign out one session, and sign out of all sessions', async () => {
      const first = await signIn(server.graphqlUrl, owner.email);
      const second = await signIn(server.graphqlUrl, owner.email);
      const signOut = await first.gql(SIGN_OUT);
      expect(dataOf(signOut)).toEqual({ signOut: true });
      expect(dataOf(await first.gql(VIEWER))).toEqual({ viewer: null });
      expect(dataOf(await second.gql<{ viewer: unknown }>(VIEWER)).viewer).not.toBeNull();
      const third = await signIn(server.graphqlUrl, owner.email);
      dataOf(await second.gql(SIGN_OUT_EVERYWHERE));
      expect(dataOf(await second.gql(VIEWER))).toEqual({ viewer: null });
      expect(dataOf(await third.gql(VIEWER))).toEqual({ viewer: null });
      expect(codeOf(await third.gql(WORKSPACE, { id: owner.workspaceId }))).toBe('UNAUTHENTICATED');
      owner = { ...owner, ...(await signIn(server.graphqlUrl, owner.email)) };
    });

    it('should end a session that was idle too long, and one past its absolute expiry', async () => {
      const idle = await signIn(server.graphqlUrl, owner.email);
      const expired = await signIn(server.graphqlUrl, owner.email);
      const longAgo = new Date(Date.now() - 8 * 24 * 3_600_000);
      const tokenHash = (client: { cookie: string }) => createHash('sha256').update(client.cookie.split('=')[1]!).digest('hex');
      const sessions = server.dataSource.getRepository('UserSessionEntity');
      await sessions.update({ tokenHash: tokenHash(idle) }, { lastSeenAt: longAgo });
      await sessions.update({ tokenHash: tokenHash(expired) }, { expiresAt: new Date(Date.now() - 1000) });
      expect(codeOf(await idle.gql(ORGANIZATIONS, { workspaceId: owner.workspaceId }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await expired.gql(ORGANIZATIONS, { workspaceId: owner.workspaceId }))).toBe('UNAUTHENTICATED');
    });

    it('should store only the hash of a session token', async () => {
      const token = owner.cookie.split('=')[1]!;
      expect(await countRows(server, 'user_session', 'token_hash = $1', [token])).toBe(0);
    });
  });

  describe('members', () => {
    it('should add a consultant by a one-time link and let the owner remove them', async () => {
      const made = dataOf(await owner.gql<{ inviteMember: { token: string; url: string; role: string } }>(INVITE_MEMBER, {
        input: { workspaceId: owner.workspaceId, role: 'CONSULTANT' },
      })).inviteMember;
      expect(made.url).toBe(`${server.url}/join/${made.token}`);
      const preview = dataOf(await server.gql<{ memberInvitation: { workspaceName: string; role: string } }>(MEMBER_INVITATION, { token: made.token }));
      expect(preview.memberInvitation).toMatchObject({ workspaceName: 'Northbridge Advisory', role: 'CONSULTANT' });
      const colleague = await signUp(server, { name: 'Sam', workspaceName: 'Sam Solo' });
      const joined = dataOf(await colleague.gql<{ acceptMemberInvitation: { id: string; role: string } }>(ACCEPT_MEMBER_INVITATION, { token: made.token }));
      expect(joined.acceptMemberInvitation).toEqual({ id: owner.workspaceId, name: 'Northbridge Advisory', role: 'CONSULTANT' });
      // One use only.
      const again = await signUp(server, { workspaceName: 'Late Ltd' });
      expect(codeOf(await again.gql(ACCEPT_MEMBER_INVITATION, { token: made.token }))).toBe('NOT_FOUND');
      expect(codeOf(await server.gql(MEMBER_INVITATION, { token: made.token }))).toBe('NOT_FOUND');
      // The user belongs to two workspaces now.
      const viewer = dataOf(await colleague.gql<{ viewer: { workspaces: Array<{ role: string }> } }>(VIEWER)).viewer;
      expect(viewer.workspaces.map((w) => w.role).sort()).toEqual(['CONSULTANT', 'OWNER']);
      const members = dataOf(await owner.gql<{ workspace: { members: Array<{ userId: string }> } }>(WORKSPACE, { id: owner.workspaceId }));
      expect(members.workspace.members.map((m) => m.userId)).toContain(colleague.userId);
      dataOf(await owner.gql(REMOVE_MEMBER, { workspaceId: owner.workspaceId, userId: colleague.userId }));
      expect(codeOf(await colleague.gql(ORGANIZATIONS, { workspaceId: owner.workspaceId }))).toBe('NOT_FOUND');
    });

    it('should never remove the last owner and refuse inviting an owner', async () => {
      const last = await owner.gql(REMOVE_MEMBER, { workspaceId: owner.workspaceId, userId: owner.userId });
      expect(codeOf(last)).toBe('BAD_USER_INPUT');
      expect(codeOf(await owner.gql(INVITE_MEMBER, { input: { workspaceId: owner.workspaceId, role: 'OWNER' } }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('clients', () => {
    it('should create, edit, archive and list clients with search and cursor pagination', async () => {
      const solo = await signUp(server, { workspaceName: 'Paging Ltd' });
      for (const name of ['Delta', 'alpha', 'Bravo', 'Charlie', 'Echo 50%']) await createClient(solo, name);
      const page = (after: string | null, search: string | null = null) =>
        solo.gql<{ organizations: { nodes: Array<{ name: string }>; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } }>(
          ORGANIZATIONS, { workspaceId: solo.workspaceId, first: 2, after, search },
        ).then(dataOf);
      const first = await page(null);
      expect(first.organizations.totalCount).toBe(5);
      expect(first.organizations.pageInfo.hasNextPage).toBe(true);
      const second = await page(first.organizations.pageInfo.endCursor);
      const third = await page(second.organizations.pageInfo.endCursor);
      const all = [...first.organizations.nodes, ...second.organizations.nodes, ...third.organizations.nodes].map((n) => n.name);
      expect(new Set(all).size).toBe(5);
      expect(third.organizations.pageInfo.hasNextPage).toBe(false);
      expect((await page(null, 'ALP')).organizations.nodes.map((n) => n.name)).toEqual(['alpha']);
      expect((await page(null, '50%')).organizations.nodes.map((n) => n.name)).toEqual(['Echo 50%']);
      expect(codeOf(await solo.gql(ORGANIZATIONS, { workspaceId: solo.workspaceId, after: 'garbage' }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await solo.gql(ORGANIZATIONS, { workspaceId: solo.workspaceId, first: 1000 }))).toBe('BAD_USER_INPUT');

      const id = await createClient(solo, 'Foxtrot');
      const updated = dataOf(await solo.gql<{ updateOrganization: { name: string; country: string; notes: string } }>(UPDATE_ORGANIZATION, {
        input: { id, name: '  Foxtrot B.V. ', industry: 'Logistics', size: '250+', country: 'Netherlands', notes: 'Met at the fair' },
      }));
      expect(updated.updateOrganization).toMatchObject({ name: 'Foxtrot B.V.', country: 'Netherlands', notes: 'Met at the fair' });
      dataOf(await solo.gql(ARCHIVE_ORGANIZATION, { id, archived: true }));
      expect((await page(null, 'Foxtrot')).organizations.totalCount).toBe(0);
      const withArchived = dataOf(await solo.gql<{ organizations: { nodes: Array<{ archived: boolean }> } }>(ORGANIZATIONS, {
        workspaceId: solo.workspaceId, search: 'Foxtrot', includeArchived: true,
      }));
      expect(withArchived.organizations.nodes).toEqual([expect.objectContaining({ archived: true })]);
      expect(codeOf(await solo.gql(CREATE_ASSESSMENT, { input: { organizationId: id, title: 'x', locale: 'EN' } }))).toBe('CONFLICT');
    });

    it('should refuse a client without a name and change nothing', async () => {
      const before = await countRows(server, 'organization', 'workspace_id = $1', [owner.workspaceId]);
      const blank = await owner.gql(CREATE_ORGANIZATION, { input: { workspaceId: owner.workspaceId, name: '   ' } });
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0]!.extensions!['field']).toBe('name');
      expect(await countRows(server, 'organization', 'workspace_id = $1', [owner.workspaceId])).toBe(before);
    });
  });

  describe('check-ups with invited respondents', () => {
    it('should invite by role, let respondents answer only their questions, and combine the submitted answers', async () => {
      const organizationId = await createClient(owner, 'Rossi Food S.r.l.');
      const checkup = await createCheckup(owner, organizationId);
      expect(checkup.status).toBe('OPEN');
      const sales = await invite(owner, checkup.id, 'SALES', ['Head of sales', '']);
      const single = dataOf(await owner.gql<{ inviteRespondent: Invitation }>(INVITE_RESPONDENT, {
        input: { assessmentId: checkup.id, role: 'PARTNER', label: 'Logistics partner', locale: 'IT' },
      })).inviteRespondent;
      expect(sales.map((i) => i.label)).toEqual(['Head of sales', null]);
      expect(sales[0]!.url).toBe(`${server.url}/r/${sales[0]!.token}`);
      expect(sales[0]!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await countRows(server, 'respondent', 'token_hash = $1', [sales[0]!.token])).toBe(0);

      const opened = dataOf(await server.gql<{ respondentSession: Record<string, unknown> }>(INVITED_SESSION, { token: single.token }));
      expect(opened.respondentSession).toMatchObject({
        role: 'PARTNER', invited: true, organizationName: 'Rossi Food S.r.l.', workspaceName: 'Northbridge Advisory',
        assessmentTitle: 'Spring check-up', assessmentStatus: 'OPEN',
      });

      let view = dataOf(await owner.gql<{ assessment: { result: unknown; respondents: Array<{ progress: { answered: number; total: number } }> } }>(
        ASSESSMENT, { id: checkup.id },
      ));
      expect(view.assessment.result).toBeNull();
      expect(view.assessment.respondents).toHaveLength(3);

      await answerAndSubmit(server, sales[0]!.token, 3);
      await answerAndSubmit(server, single.token, 1);
      view = dataOf(await owner.gql(ASSESSMENT, { id: checkup.id }));
      const [headOfSales, silent, partner] = (view.assessment as unknown as {
        respondents: Array<{ progress: { answered: number; total: number }; submittedAt: string | null; lastActivityAt: string | null }>;
      }).respondents;
      expect(headOfSales!.submittedAt).not.toBeNull();
      expect(headOfSales!.lastActivityAt).not.toBeNull();
      expect(headOfSales!.progress.answered).toBeGreaterThan(0);
      expect(silent).toMatchObject({ submittedAt: null, lastActivityAt: null, progress: { answered: 0 } });
      // The partner is asked fewer questions than sales.
      expect(partner!.progress.total).toBeLessThan(headOfSales!.progress.total);
      const result = (view.assessment as unknown as { result: { overallScore: number; assessmentId: string } }).result;
      expect(result.assessmentId).toBe(checkup.id);
      expect(result.overallScore).toBeGreaterThan(25);
      expect(result.overallScore).toBeLessThan(75);

      const listed = dataOf(await owner.gql<{ organization: { assessments: Array<{ overallScore: number }> } }>(ORGANIZATION, { id: organizationId }));
      expect(listed.organization.assessments[0]!.overallScore).toBe(result.overallScore);
    });

    it('should stop a revoked link at once and stop counting its answers', async () => {
      const organizationId = await createClient(owner, 'Revoke Ltd');
      const checkup = await createCheckup(owner, organizationId);
      const [keep, revoke] = await invite(owner, checkup.id, 'MANAGEMENT', ['Keeps', 'Leaves']);
      await answerAndSubmit(server, keep!.token, 4);
      await answerAndSubmit(server, revoke!.token, 0);
      const before = dataOf(await owner.gql<{ assessment: { result: { overallScore: number } } }>(ASSESSMENT, { id: checkup.id }));
      const revoked = dataOf(await owner.gql<{ revokeInvitation: { id: string; token: string | null } }>(REVOKE_INVITATION, { id: revoke!.id }));
      expect(revoked.revokeInvitation).toMatchObject({ id: revoke!.id, token: null });
      expect(codeOf(await server.gql(INVITED_SESSION, { token: revoke!.token }))).toBe('NOT_FOUND');
      expect(codeOf(await server.gql(SAVE, { token: revoke!.token, answers: [] }))).toBe('NOT_FOUND');
      const after = dataOf(await owner.gql<{ assessment: { result: { overallScore: number }; respondents: Array<{ revoked: boolean }> } }>(
        ASSESSMENT, { id: checkup.id },
      ));
      expect(after.assessment.result.overallScore).toBeGreaterThan(before.assessment.result.overallScore);
      expect(after.assessment.respondents.map((r) => r.revoked)).toEqual([false, true]);
    });

    it('should refuse answers and submissions on a closed check-up, keep what was saved, and reopen for the owner only', async () => {
      const organizationId = await createClient(owner, 'Closed Ltd');
      const checkup = await createCheckup(owner, organizationId);
      const [person] = await invite(owner, checkup.id, 'OPERATIONS', ['Planner']);
      const session = dataOf(await server.gql<{ respondentSession: { questionnaire: { dimensions: Array<{ questions: Array<{ id: string; kind: string; roles: string[]; options: Array<{ id: string }> }> }> } } }>(
        INVITED_SESSION, { token: person!.token },
      ));
      const question = session.respondentSession.questionnaire.dimensions.flatMap((d) => d.questions).find((q) => q.kind === 'MATURITY' && q.roles.includes('OPERATIONS'))!;
      dataOf(await server.gql(SAVE, { token: person!.token, answers: [{ questionId: question.id, optionId: question.options[0]!.id }] }));
      const closed = dataOf(await owner.gql<{ closeAssessment: { status: string; closedAt: string } }>(CLOSE_ASSESSMENT, { id: checkup.id }));
      expect(closed.closeAssessment.status).toBe('CLOSED');
      const refused = await server.gql(SAVE, { token: person!.token, answers: [{ questionId: question.id, optionId: question.options[1]!.id }] });
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors![0]!.message).toMatch(/closed/);
      expect(codeOf(await server.gql(SUBMIT, { token: person!.token }))).toBe('CONFLICT');
      expect(await countRows(server, 'answer', 'option_id = $1 AND question_id = $2', [question.options[0]!.id, question.id])).toBeGreaterThan(0);
      expect(codeOf(await owner.gql(INVITE_RESPONDENTS, { input: { assessmentId: checkup.id, role: 'SALES', labels: [''] } }))).toBe('CONFLICT');
      const reopened = dataOf(await owner.gql<{ reopenAssessment: { status: string; closedAt: null } }>(REOPEN_ASSESSMENT, { id: checkup.id }));
      expect(reopened.reopenAssessment).toEqual({ id: checkup.id, status: 'OPEN', closedAt: null });
      dataOf(await server.gql(SAVE, { token: person!.token, answers: [{ questionId: question.id, optionId: question.options[1]!.id }] }));
    });

    it('should refuse bad invitations and change nothing', async () => {
      const organizationId = await createClient(owner, 'Bad Input Ltd');
      const checkup = await createCheckup(owner, organizationId);
      const before = await countRows(server, 'respondent', 'assessment_id = $1', [checkup.id]);
      expect(codeOf(await owner.gql(INVITE_RESPONDENTS, { input: { assessmentId: checkup.id, role: 'SALES', labels: [] } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await owner.gql(INVITE_RESPONDENTS, { input: { assessmentId: checkup.id, role: 'SALES', labels: Array(51).fill('') } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await owner.gql(INVITE_RESPONDENTS, { input: { assessmentId: checkup.id, role: 'SALES', labels: ['ok', 'x'.repeat(201)] } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await owner.gql(INVITE_RESPONDENTS, { input: { assessmentId: checkup.id, role: 'CEO', labels: [''] } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await owner.gql(CREATE_ASSESSMENT, { input: { organizationId, title: 'x', locale: 'EN', questionnaireVersion: '9.9.9' } }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await owner.gql(CREATE_ASSESSMENT, { input: { organizationId, title: ' ', locale: 'EN' } }))).toBe('BAD_USER_INPUT');
      expect(await countRows(server, 'respondent', 'assessment_id = $1', [checkup.id])).toBe(before);
    });

    it('should answer another workspace’s ids exactly like missing ones', async () => {
      const stranger = await signUp(server, { workspaceName: 'Stranger & Co' });
      const organizationId = await createClient(owner, 'Private Client');
      const checkup = await createCheckup(owner, organizationId);
      const [person] = await invite(owner, checkup.id, 'SALES', ['x']);
      const missing = '00000000-0000-4000-8000-00000000dead';
      for (const [query, variables, missingVariables] of [
        [ORGANIZATION, { id: organizationId }, { id: missing }],
        [ASSESSMENT, { id: checkup.id }, { id: missing }],
        [REVOKE_INVITATION, { id: person!.id }, { id: missing }],
        [ORGANIZATIONS, { workspaceId: owner.workspaceId }, { workspaceId: missing }],
      ] as const) {
        const foreign = await stranger.gql(query, variables);
        const absent = await stranger.gql(query, missingVariables);
        expect(codeOf(foreign)).toBe('NOT_FOUND');
        expect(foreign.errors).toEqual(absent.errors);
      }
    });
  });
});
