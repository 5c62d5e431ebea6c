import { computed, onBeforeUnmount, ref, shallowRef, watch, type ComputedRef, type Ref } from 'vue';
import { errorCodeOf } from '../../app/errors';
import { apiLocale, currentLocale } from '../../app/i18n';
import type { RespondentRole, WorkshopFollowFieldsFragment, WorkshopFollowSubscription } from '../../gql/graphql';
import { liveSubscription, type StreamConnection } from './live-subscription';
import { participantView, type ParticipantView } from './follow-view';
import { forgetToken, normalizeCode, storeToken, storedToken } from './participant-token';
import { createVoteQueue, type VoteStatus } from './vote-queue';
import { followFieldsText, joinWorkshop, readParticipant, reasonOf, sendVote } from './workshop-api';
import followText from './workshop-follow.graphql?raw';

function safeStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** How often the phone reads its state by plain request while the stream is not live. */
const FALLBACK_POLL_MS = 5000;

export interface WorkshopParticipantState {
  code: string;
  token: Ref<string | null>;
  /** The latest state from the server; null before the first one. */
  follow: Ref<WorkshopFollowFieldsFragment | null>;
  view: ComputedRef<ParticipantView | null>;
  connection: Ref<StreamConnection>;
  voteStatus: Ref<VoteStatus>;
  /** A failure that ends following (NOT_FOUND: the workshop ended or the code is wrong). */
  failure: Ref<string | null>;
  joining: Ref<boolean>;
  joinError: Ref<{ code: string; reason: string | null } | null>;
  join(role: RespondentRole): Promise<void>;
  vote(optionId: string): void;
  /** Forgets this phone's participation (after a NOT_FOUND) so the code can be tried again. */
  startOver(): void;
}

/**
 * A participant's phone: joins once per code (the token is kept by code, so a reload continues),
 * then follows the workshop over SSE, with a plain read first and while the stream reconnects.
 * Votes go through the vote queue, which resends them until the server acknowledges them.
 */
export function useWorkshopParticipant(rawCode: string): WorkshopParticipantState {
  const code = normalizeCode(rawCode);
  const token = ref<string | null>(storedToken(code));
  const follow = shallowRef<WorkshopFollowFieldsFragment | null>(null);
  const connection = ref<StreamConnection>('connecting');
  const voteStatus = ref<VoteStatus>({ state: 'idle' });
  const failure = ref<string | null>(null);
  const joining = ref(false);
  const joinError = ref<{ code: string; reason: string | null } | null>(null);
  /** Bumped when the queue's votes change, so the view recomputes. */
  const votesChanged = ref(0);

  const queue = createVoteQueue({
    send: (vote) => sendVote(token.value ?? '', vote),
    storage: safeStorage(),
    storageKey: `omcheck.workshop.${code}.votes`,
    onChange(status) {
      voteStatus.value = status;
      votesChanged.value += 1;
      if (status.state === 'refused' && status.code === 'NOT_FOUND') void readOnce();
    },
  });

  const view = computed(() => {
    void votesChanged.value;
    const state = follow.value;
    if (!state) return null;
    return participantView(state, state.currentQuestion ? queue.vote(state.currentQuestion.id) : undefined);
  });

  let stopFollowing: (() => void) | null = null;
  /** Counts the times the room was followed: what an older read brings back is dropped. */
  let following = 0;
  let poll: ReturnType<typeof setInterval> | null = null;

  function accept(state: WorkshopFollowFieldsFragment): void {
    failure.value = null;
    follow.value = state;
    if (state.state === 'ENDED') stop();
  }

  async function readOnce(): Promise<void> {
    const current = token.value;
    if (!current) return;
    const asked = following;
    const read = await readParticipant(current, apiLocale(currentLocale()));
    // A read answered after the phone followed the room again (another language) would show the old one.
    if (token.value !== current || asked !== following) return;
    if (read.state) accept(read.state);
    else if (read.code === 'NOT_FOUND') fail('NOT_FOUND');
  }

  function fail(code: string): void {
    failure.value = code;
    stop();
  }

  function start(current: string): void {
    queue.start();
    followRoom(current);
  }

  /** Reads the room once, then follows it live, with the questions in the phone's language. */
  function followRoom(current: string): void {
    following += 1;
    void readOnce();
    stopFollowing = liveSubscription<WorkshopFollowSubscription>(followText + followFieldsText, { token: current, locale: apiLocale(currentLocale()) }, {
      onData: (data) => accept(data.workshopFollow),
      onFailure: (failed) => {
        if (failed === 'NOT_FOUND') fail(failed);
      },
      onConnection: (state) => {
        connection.value = state;
      },
    }, (data) => data.workshopFollow.state === 'ENDED');
    poll = setInterval(() => {
      if (connection.value !== 'live') void readOnce();
    }, FALLBACK_POLL_MS);
  }

  function stop(): void {
    stopFollowing?.();
    stopFollowing = null;
    if (poll) clearInterval(poll);
    poll = null;
  }

  async function join(role: RespondentRole): Promise<void> {
    if (joining.value || token.value) return;
    joining.value = true;
    joinError.value = null;
    const answer = await joinWorkshop({ code, role, locale: apiLocale(currentLocale()) });
    joining.value = false;
    if (!answer.data) {
      joinError.value = { code: errorCodeOf(answer.error), reason: reasonOf(answer.error) };
      return;
    }
    token.value = answer.data.joinWorkshop.token;
    storeToken(code, token.value);
    start(token.value);
  }

  function vote(optionId: string): void {
    const question = follow.value?.currentQuestion;
    if (!question || view.value?.phase !== 'voting') return;
    queue.cast(question.id, optionId);
  }

  function startOver(): void {
    stop();
    forgetToken(code);
    queue.clear();
    token.value = null;
    follow.value = null;
    failure.value = null;
  }

  // Switched to another language after joining: the questions follow, not only the buttons.
  watch(currentLocale, () => {
    if (!token.value || !stopFollowing) return;
    stop();
    followRoom(token.value);
  });

  const onOnline = (): void => {
    queue.retryNow();
    void readOnce();
  };
  window.addEventListener('online', onOnline);
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline);
    queue.dispose();
    stop();
  });

  if (token.value) start(token.value);
  return { code, token, follow, view, connection, voteStatus, failure, joining, joinError, join, vote, startOver };
}
