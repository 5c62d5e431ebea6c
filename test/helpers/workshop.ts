import { CREATE_ASSESSMENT, CREATE_ORGANIZATION } from './consultant-operations.js';
import { type SessionClient, dataOf } from './consultant.js';
import type { GraphQLResponse, TestServer } from './test-server.js';
import { CAST_VOTE, JOIN_WORKSHOP, START_WORKSHOP, type Workshop } from './workshop-operations.js';

/** A new client with an open check-up in the consultant's workspace. */
export async function openCheckup(consultant: SessionClient & { workspaceId: string }, name = 'Scheldepack'): Promise<string> {
  const organizationId = dataOf(await consultant.gql<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
    input: { workspaceId: consultant.workspaceId, name },
  })).createOrganization.id;
  return dataOf(await consultant.gql<{ createAssessment: { id: string } }>(CREATE_ASSESSMENT, {
    input: { organizationId, title: 'Workshop check-up', locale: 'EN' },
  })).createAssessment.id;
}

export async function startWorkshop(consultant: SessionClient, assessmentId: string): Promise<Workshop> {
  return dataOf(await consultant.gql<{ startWorkshop: Workshop }>(START_WORKSHOP, { assessmentId })).startWorkshop;
}

/** Joins as a participant of `role`; returns the participant token. */
export async function join(server: Pick<TestServer, 'gql'>, code: string, role: string): Promise<string> {
  return dataOf(await server.gql<{ joinWorkshop: { token: string } }>(JOIN_WORKSHOP, { code, role })).joinWorkshop.token;
}

export function vote(server: Pick<TestServer, 'gql'>, token: string, questionId: string, optionId: string): Promise<GraphQLResponse<{ castVote: boolean }>> {
  return server.gql<{ castVote: boolean }>(CAST_VOTE, { token, questionId, optionId });
}
