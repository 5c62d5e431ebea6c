import { useClientHandle } from '@urql/vue';
import { onScopeDispose, ref, shallowRef, type Ref } from 'vue';
import { errorCodeOf, type ErrorCode } from '../../../app/errors';
import { stringifyDocument } from '@urql/core';
import {
  WorkshopDocument,
  WorkshopUpdatedDocument,
  type WorkshopFieldsFragment,
  type WorkshopQuestionFieldsFragment,
  type WorkshopUpdatedSubscription,
} from '../../../gql/graphql';
import { liveSubscription, type StreamConnection } from '../../workshop/live-subscription';

/** How often the screen reads the workshop by plain query while the stream is not live. */
const FALLBACK_POLL_MS = 4000;

export interface WorkshopLive {
  workshop: Ref<WorkshopFieldsFragment | null>;
  connection: Ref<StreamConnection>;
  errorCode: Ref<ErrorCode | null>;
  /** Takes a newer state of one question (a mutation's answer) before the stream brings it. */
  mergeQuestion(question: WorkshopQuestionFieldsFragment): void;
  /** Takes a whole newer state (a mutation's answer). */
  replace(workshop: WorkshopFieldsFragment): void;
  refetch(): void;
}

/**
 * The facilitator's live view of a workshop: one query first, then `workshopUpdated` over SSE
 * (each event the whole state, so a reconnection loses nothing); a plain query every few seconds
 * while the stream reconnects.
 */
export function useWorkshopLive(workshopId: () => string): WorkshopLive {
  const urql = useClientHandle();
  const workshop = shallowRef<WorkshopFieldsFragment | null>(null);
  const connection = ref<StreamConnection>('connecting');
  const errorCode = ref<ErrorCode | null>(null);

  function replace(next: WorkshopFieldsFragment): void {
    errorCode.value = null;
    workshop.value = next;
  }

  function mergeQuestion(question: WorkshopQuestionFieldsFragment): void {
    const current = workshop.value;
    if (!current) return;
    workshop.value = { ...current, questions: current.questions.map((q) => (q.questionId === question.questionId ? question : q)) };
  }

  function refetch(): void {
    void urql.client
      .query(WorkshopDocument, { id: workshopId() }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((answer) => {
        if (answer.data) replace(answer.data.workshop);
        else if (answer.error && !workshop.value) errorCode.value = errorCodeOf(answer.error);
      });
  }

  refetch();
  const stop = liveSubscription<WorkshopUpdatedSubscription>(
    stringifyDocument(WorkshopUpdatedDocument),
    { workshopId: workshopId() },
    {
      onData: (data) => replace(data.workshopUpdated),
      onFailure: (code) => {
        if (!workshop.value) errorCode.value = code as ErrorCode;
      },
      onConnection: (state) => {
        connection.value = state;
      },
    },
    (data) => data.workshopUpdated.state === 'ENDED',
  );
  const poll = setInterval(() => {
    if (connection.value !== 'live' && workshop.value?.state !== 'ENDED') refetch();
  }, FALLBACK_POLL_MS);
  onScopeDispose(() => {
    stop();
    clearInterval(poll);
  });

  return { workshop, connection, errorCode, mergeQuestion, replace, refetch };
}
