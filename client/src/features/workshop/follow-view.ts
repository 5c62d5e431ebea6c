import type { WorkshopFollowFieldsFragment } from '../../gql/graphql';
import type { LocalVote } from './vote-queue';

/** What the participant's phone shows, in one word. */
export type ParticipantPhase =
  /** The workshop is over: thank you. */
  | 'ended'
  /** No current question (yet). */
  | 'waiting'
  /** The current question is addressed to other roles. */
  | 'notForRole'
  /** Votes are open. */
  | 'voting'
  /** Revealed: voting on this question is closed. */
  | 'closed';

export type FollowQuestion = NonNullable<WorkshopFollowFieldsFragment['currentQuestion']>;

export interface ParticipantView {
  phase: ParticipantPhase;
  question: FollowQuestion | null;
  questionNumber: number | null;
  questionCount: number;
  /** The option shown as my vote: my latest choice on this phone, else the server's record. */
  selectedOptionId: string | null;
  /** The server has the selected option (acknowledged, or its own record). */
  selectedSaved: boolean;
  consensusOptionId: string | null;
}

/**
 * The phone's screen from the latest pushed state and this phone's own votes. A choice not yet
 * acknowledged wins over the server's older record while voting is open (it is on its way);
 * after the reveal only an acknowledged choice does (an unsent one will be refused).
 */
export function participantView(state: WorkshopFollowFieldsFragment, local: LocalVote | undefined): ParticipantView {
  const question = state.state === 'ENDED' ? null : state.currentQuestion ?? null;
  const phase: ParticipantPhase =
    state.state === 'ENDED' ? 'ended' : !question ? 'waiting' : !state.forMyRole ? 'notForRole' : state.revealed ? 'closed' : 'voting';
  const mine = local && (phase === 'voting' || local.acknowledged) ? local : null;
  const selectedOptionId = phase === 'notForRole' ? null : mine?.optionId ?? state.myOptionId ?? null;
  return {
    phase,
    question,
    questionNumber: question ? state.questionNumber ?? null : null,
    questionCount: state.questionCount,
    selectedOptionId,
    selectedSaved: selectedOptionId !== null && (mine ? mine.acknowledged : true),
    consensusOptionId: question ? state.consensusOptionId ?? null : null,
  };
}

/** The message key for a refused vote or join (`workshop.errors.*`), from the error's code and reason. */
export function workshopErrorKey(code: string, reason: string | null): string {
  if (code === 'CONFLICT' && reason === 'QUESTION_REVEALED') return 'workshop.errors.questionRevealed';
  if (code === 'BAD_USER_INPUT' && reason === 'NOT_FOR_ROLE') return 'workshop.errors.notForRole';
  if (code === 'NOT_FOUND') return 'workshop.errors.notFound';
  if (code === 'RATE_LIMITED') return 'workshop.errors.rateLimited';
  if (code === 'NETWORK') return 'workshop.errors.network';
  if (code === 'BAD_USER_INPUT') return 'workshop.errors.badInput';
  return 'workshop.errors.unexpected';
}
