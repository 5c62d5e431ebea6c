import { reactive, ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { badAnswersOf, errorCodeOf, type ErrorCode } from '../../app/errors';
import { fetchOperation, graphqlFetch } from '../../app/graphql-fetch';
import { hasChosenLocale, isAppLocale, setLocale } from '../../app/i18n';
import type {
  RespondentRole,
  RespondentSessionFieldsFragment,
  RespondentSessionQuery,
  RespondentSessionQueryVariables,
  SaveAnswersMutation,
  SaveAnswersMutationVariables,
} from '../../gql/graphql';
import sessionFieldsText from './respondent-session-fields.graphql?raw';
import respondentSessionText from './respondent-session.graphql?raw';
import saveAnswersText from './save-answers.graphql?raw';
import {
  createSaveQueue,
  isRetryableSaveError,
  toAnswerInput,
  type AnswerInputValue,
  type AnswerProblem,
  type SaveQueue,
  type SaveState,
  type SendOutcome,
} from './save-queue';

export const RespondentSession = fetchOperation<RespondentSessionQuery, RespondentSessionQueryVariables>(respondentSessionText + sessionFieldsText);

/** What the server says about a private link (`respondentSession`, and `startSelfAssessment`'s answer). */
export type RespondentSessionFields = RespondentSessionFieldsFragment;
const SaveAnswers = fetchOperation<SaveAnswersMutation, SaveAnswersMutationVariables>(saveAnswersText);

/** The check-up behind a consultant's invitation (all null/false for a self-assessment). */
export interface InvitationContext {
  invited: boolean;
  organizationName: string | null;
  workspaceName: string | null;
  assessmentTitle: string | null;
}

/**
 * One respondent's answers behind a private link, shared by the wizard and the review page:
 * loaded from `respondentSession`, changed optimistically, and saved through the queue.
 */
export interface RespondentStore {
  token: string;
  loading: Ref<boolean>;
  loaded: Ref<boolean>;
  error: Ref<ErrorCode | null>;
  role: Ref<RespondentRole | null>;
  questionnaire: Ref<{ key: string; version: string } | null>;
  submittedAt: Ref<string | null>;
  invitation: Ref<InvitationContext | null>;
  /** True once the consultant closed the check-up: answers are refused. */
  closed: Ref<boolean>;
  /** questionId → answer, local edits included. */
  answers: Map<string, AnswerInputValue>;
  saveState: Ref<SaveState>;
  pendingCount: Ref<number>;
  /** questionId → why the server refused that answer (shown on the question until changed). */
  rejections: ShallowRef<ReadonlyMap<string, AnswerProblem>>;
  /** Loads the session (once at a time: a second call shares the first). */
  load(): Promise<void>;
  /** Takes a session the server has just sent (a check-up started on this page) instead of loading it. */
  seed(session: RespondentSessionFields): Promise<void>;
  /** Applies a change at once and queues it; text is saved after `delayMs` of quiet. */
  update(questionId: string, patch: Partial<Omit<AnswerInputValue, 'questionId'>>, delayMs?: number): void;
  /** Sends what is queued; resolves true when nothing is left unsaved (refused answers included). */
  saveNow(timeoutMs?: number): Promise<boolean>;
}

const stores = new Map<string, RespondentStore>();

/** The store of one private link (one per token for the page's lifetime). */
export function respondentStore(token: string): RespondentStore {
  let store = stores.get(token);
  if (!store) {
    store = createStore(token);
    stores.set(token, store);
  }
  return store;
}

async function sendBatch(token: string, batch: AnswerInputValue[], onClosed: () => void): Promise<SendOutcome> {
  const result = await graphqlFetch(SaveAnswers, { token, answers: batch });
  if (!result.error) return { ok: true };
  const code = errorCodeOf(result.error);
  if (code === 'NETWORK') return { ok: false, kind: 'network' };
  if (code === 'BAD_USER_INPUT') {
    return { ok: false, kind: 'rejected', code, problems: badAnswersOf(result.error).map((bad) => ({ ...bad, code })) };
  }
  if (code === 'CONFLICT') onClosed();
  return { ok: false, kind: 'failed', code, retry: isRetryableSaveError(code) };
}

function createStore(token: string): RespondentStore {
  const answers = reactive(new Map<string, AnswerInputValue>()) as Map<string, AnswerInputValue>;
  const saveState = ref<SaveState>({ state: 'idle' });
  const pendingCount = ref(0);
  const closed = ref(false);
  const rejections = shallowRef<ReadonlyMap<string, AnswerProblem>>(new Map());
  const queue: SaveQueue = createSaveQueue({
    storageKey: `omcheck.pending.${token}`,
    send: (batch) => sendBatch(token, batch, () => (closed.value = true)),
    onState: (state, pending) => {
      saveState.value = state;
      pendingCount.value = pending;
    },
    onRejected: (problems) => {
      rejections.value = problems;
    },
  });
  pendingCount.value = queue.pending().length;

  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => void queue.flush());
    // Leaving or hiding the page: send debounced text now rather than after the delay.
    window.addEventListener('pagehide', () => void queue.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    });
  }

  let loading: Promise<void> | null = null;

  async function loadSession(): Promise<void> {
    store.loading.value = true;
    store.error.value = null;
    const result = await graphqlFetch(RespondentSession, { token });
    store.loading.value = false;
    const session = result.data?.respondentSession;
    if (!session) {
      store.error.value = errorCodeOf(result.error);
      return;
    }
    await applySession(session);
  }

  async function applySession(session: RespondentSessionFields): Promise<void> {
    // A link opened on a new device speaks the language the check-up was started in.
    const sessionLocale = session.locale.toLowerCase();
    if (!hasChosenLocale() && isAppLocale(sessionLocale)) await setLocale(sessionLocale, false).catch(() => undefined);
    store.role.value = session.role;
    store.questionnaire.value = { key: session.questionnaire.key, version: session.questionnaire.version };
    store.submittedAt.value = session.submittedAt ?? null;
    store.invitation.value = {
      invited: session.invited,
      organizationName: session.organizationName ?? null,
      workspaceName: session.workspaceName ?? null,
      assessmentTitle: session.assessmentTitle ?? null,
    };
    closed.value = session.assessmentStatus === 'CLOSED';
    answers.clear();
    for (const answer of session.answers) answers.set(answer.questionId, toAnswerInput(answer));
    // Edits this browser has not delivered yet are newer than the server's copy.
    for (const pending of queue.pending()) answers.set(pending.questionId, pending);
    store.loaded.value = true;
    if (queue.pending().length > 0) void queue.flush();
  }

  const store: RespondentStore = {
    token,
    loading: ref(false),
    loaded: ref(false),
    error: ref(null),
    role: ref(null),
    questionnaire: ref(null),
    submittedAt: ref(null),
    invitation: ref(null),
    closed,
    answers,
    saveState,
    pendingCount,
    rejections,
    load() {
      loading ??= loadSession().finally(() => {
        loading = null;
      });
      return loading;
    },
    seed(session) {
      store.error.value = null;
      return applySession(session);
    },
    update(questionId, patch, delayMs = 0) {
      const current = answers.get(questionId) ?? { questionId, optionId: null, optionIds: null, text: null, comment: null };
      const next: AnswerInputValue = { ...current, ...patch, questionId };
      answers.set(questionId, next);
      queue.put(toAnswerInput(next), delayMs);
    },
    async saveNow(timeoutMs = 10_000) {
      void queue.flush();
      return (await queue.settled(timeoutMs)) && queue.rejected().size === 0;
    },
  };
  return store;
}
