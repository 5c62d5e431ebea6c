import { errorCodeOf, type OperationError } from '../../app/errors';
import { fetchOperation, graphqlFetch, type FetchResult } from '../../app/graphql-fetch';
import type {
  CastVoteMutation,
  CastVoteMutationVariables,
  JoinWorkshopMutation,
  JoinWorkshopMutationVariables,
  Locale,
  WorkshopFollowFieldsFragment,
  WorkshopParticipantQuery,
  WorkshopParticipantQueryVariables,
} from '../../gql/graphql';
import castVoteText from './cast-vote.graphql?raw';
import joinWorkshopText from './join-workshop.graphql?raw';
import followFieldsText from './workshop-follow-fields.graphql?raw';
import participantText from './workshop-participant.graphql?raw';
import type { Vote, VoteOutcome } from './vote-queue';

/** The participant's operations over the small fetch client: phones never load urql. */
const JoinWorkshop = fetchOperation<JoinWorkshopMutation, JoinWorkshopMutationVariables>(joinWorkshopText);
const CastVote = fetchOperation<CastVoteMutation, CastVoteMutationVariables>(castVoteText);
const WorkshopParticipant = fetchOperation<WorkshopParticipantQuery, WorkshopParticipantQueryVariables>(participantText + followFieldsText);

/** The follow fields fragment, appended to the subscription sent over graphql-sse. */
export { followFieldsText };

/** `extensions.reason` of the first error that has one (QUESTION_REVEALED, NOT_FOR_ROLE). */
export function reasonOf(error: OperationError | null | undefined): string | null {
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const reason = graphQLError.extensions?.['reason'];
    if (typeof reason === 'string') return reason;
  }
  return null;
}

export function joinWorkshop(variables: JoinWorkshopMutationVariables): Promise<FetchResult<JoinWorkshopMutation>> {
  return graphqlFetch(JoinWorkshop, variables);
}

/** One vote; a network failure or a 5xx without a GraphQL answer is worth sending again. */
export async function sendVote(token: string, vote: Vote): Promise<VoteOutcome> {
  const answer = await graphqlFetch(CastVote, { token, ...vote });
  if (answer.data) return { ok: true };
  const code = errorCodeOf(answer.error);
  if (code === 'NETWORK' || code === 'INTERNAL_SERVER_ERROR' || code === 'RATE_LIMITED') return { ok: false, kind: 'network' };
  return { ok: false, kind: 'refused', code, reason: reasonOf(answer.error) };
}

export type ParticipantRead = { state: WorkshopFollowFieldsFragment; code: null } | { state: null; code: string };

/** The phone's state once, without the stream (first paint, and while the stream reconnects). */
export async function readParticipant(token: string, locale: Locale): Promise<ParticipantRead> {
  const answer = await graphqlFetch(WorkshopParticipant, { token, locale });
  if (answer.data) return { state: answer.data.workshopParticipant, code: null };
  return { state: null, code: errorCodeOf(answer.error) };
}
