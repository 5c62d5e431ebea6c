import { CREATE_ASSESSMENT, CREATE_ORGANIZATION, INVITE_RESPONDENT } from './consultant-operations.js';
import { type SignedUp, dataOf, signUp } from './consultant.js';
import { answerAndSubmit } from './team.js';
import type { TestServer } from './test-server.js';

export interface SubmittedCheckup {
  consultant: SignedUp;
  assessmentId: string;
  /** The private link of the one respondent who submitted. */
  respondentToken: string;
}

/**
 * A consultant who signed up with a workspace, a client, a check-up, and one invited respondent
 * (management) who answered every question at `level` and submitted: the starting point of
 * every test about what a consultant does with a result.
 */
export async function submittedCheckup(
  server: TestServer,
  options: { workspaceName: string; clientName: string; title: string; level: number; label?: string },
): Promise<SubmittedCheckup> {
  const consultant = await signUp(server, { name: 'Dana de Vries', workspaceName: options.workspaceName });
  const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
    input: { workspaceId: consultant.workspaceId, name: options.clientName },
  })).createOrganization.id;
  const assessmentId = dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
    input: { organizationId, title: options.title, locale: 'EN' },
  })).createAssessment.id;
  const respondentToken = dataOf(await consultant.gql<{ inviteRespondent: { token: string } }>(INVITE_RESPONDENT, {
    input: { assessmentId, role: 'MANAGEMENT', label: options.label ?? 'Managing director', locale: 'EN' },
  })).inviteRespondent.token;
  await answerAndSubmit(server, respondentToken, options.level);
  return { consultant, assessmentId, respondentToken };
}
