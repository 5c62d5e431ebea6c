import { INVITE_MEMBER, INVITED_SESSION } from './consultant-operations.js';
import { type SignedUp, dataOf, signUp } from './consultant.js';
import { SAVE, SUBMIT } from './operations.js';
import type { TestServer } from './test-server.js';

/** A workspace with a member of every role, and a stranger from another workspace. */
export interface Team {
  owner: SignedUp;
  consultant: SignedUp;
  viewer: SignedUp;
  outsider: SignedUp;
  workspaceId: string;
}

/** The owner signs up; a consultant and a viewer join by one-time links; an outsider has their own workspace. */
export async function createTeam(server: Pick<TestServer, 'graphqlUrl'>): Promise<Team> {
  const owner = await signUp(server, { name: 'Olivia Owner', workspaceName: 'Owner & Partners' });
  const join = async (role: 'CONSULTANT' | 'VIEWER', name: string) => {
    const invitation = dataOf(await owner.gql<{ inviteMember: { token: string } }>(INVITE_MEMBER, { input: { workspaceId: owner.workspaceId, role } }));
    const member = await signUp(server, { name, workspaceName: null, invitationToken: invitation.inviteMember.token });
    return { ...member, workspaceId: owner.workspaceId };
  };
  const consultant = await join('CONSULTANT', 'Carlo Consultant');
  const viewer = await join('VIEWER', 'Vera Viewer');
  const outsider = await signUp(server, { name: 'Otto Outsider', workspaceName: 'Another Consultancy' });
  return { owner, consultant, viewer, outsider, workspaceId: owner.workspaceId };
}

interface InvitedQuestionnaire {
  respondentSession: {
    role: string;
    questionnaire: {
      dimensions: Array<{ questions: Array<{ id: string; kind: string; roles: string[]; options: Array<{ id: string; score: number | null }> }> }>;
    };
  };
}

/** Answers every maturity question an invited respondent is asked at `level` (0–4), then submits. */
export async function answerAndSubmit(server: Pick<TestServer, 'gql'>, token: string, level: number, comment?: string): Promise<void> {
  await answerAll(server, token, level, comment);
  dataOf(await server.gql(SUBMIT, { token }));
}

/** Answers every maturity question an invited respondent is asked at `level` (0–4), without submitting. */
export async function answerAll(server: Pick<TestServer, 'gql'>, token: string, level: number, comment?: string): Promise<void> {
  const session = dataOf(await server.gql<InvitedQuestionnaire>(INVITED_SESSION, { token }));
  const answers = session.respondentSession.questionnaire.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => q.kind === 'MATURITY' && q.roles.includes(session.respondentSession.role))
    .map((q, i) => ({ questionId: q.id, optionId: q.options.find((o) => o.score === level)!.id, ...(i === 0 && comment ? { comment } : {}) }));
  dataOf(await server.gql(SAVE, { token, answers }));
}
