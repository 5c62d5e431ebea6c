import type { AnswerValue } from './visibility';

/**
 * The autosave queue: every answer change goes in at once (persisted, so a reload or a lost
 * connection loses nothing), and is sent to `saveAnswers` in batches. Failed sends stay queued
 * and are retried with exponential backoff, and at once when the browser is back online.
 * An answer the server refuses (BAD_USER_INPUT) is set aside with its problem: the rest of the
 * queue goes on, the refused answer is not resent until the user changes it, and it stays
 * persisted so it is not lost. Pure of Vue and of the network: the caller injects `send`,
 * storage and timers.
 */

/** The full stored state of one answer, exactly as sent (`AnswerInput`). */
export interface AnswerInputValue {
  questionId: string;
  optionId: string | null;
  optionIds: string[] | null;
  text: string | null;
  comment: string | null;
}

/** What one send came to. */
export type SendOutcome =
  | { ok: true }
  /** The request never got an answer (offline, DNS, server down). Retried. */
  | { ok: false; kind: 'network' }
  /**
   * The server refused the batch (BAD_USER_INPUT, all or nothing): `problems` name the offending
   * answers by index and, when known, the field (`comment`, `optionId`…); empty when it named none.
   */
  | { ok: false; kind: 'rejected'; code: string; problems: readonly AnswerProblemAt[] }
  /** Any other error with a code (NOT_FOUND, INTERNAL_SERVER_ERROR…). */
  | { ok: false; kind: 'failed'; code: string; retry: boolean };

/** Why the server refused one answer: the error code and the refused field, when it said. */
export interface AnswerProblem {
  code: string;
  field: string | null;
}

/** A problem of the answer at `index` of the batch sent. */
export interface AnswerProblemAt extends AnswerProblem {
  index: number;
}

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  /** Everything else is saved; `count` answers were refused and wait for the user to fix them. */
  | { state: 'rejected'; count: number }
  | { state: 'offline' }
  | { state: 'error'; code: string; retrying: boolean };

export interface SaveQueueOptions {
  storageKey: string;
  send(batch: AnswerInputValue[]): Promise<SendOutcome>;
  onState(state: SaveState, pending: number): void;
  /** The refused answers (questionId → problem), after every change of that set. */
  onRejected?(problems: ReadonlyMap<string, AnswerProblem>): void;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  isOnline?: () => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Upper bound of the retry delay. */
  maxDelayMs?: number;
}

export interface SaveQueue {
  /** Queues the answer; it is sent after `delayMs` (0: now) unless replaced before. */
  put(answer: AnswerInputValue, delayMs?: number): void;
  /** The queued answers (local edits not yet confirmed by the server), refused ones excluded. */
  pending(): AnswerInputValue[];
  /** The answers the server refused, with why; each is resent once the user changes it. */
  rejected(): ReadonlyMap<string, AnswerProblem>;
  /** Sends whatever is queued now, ignoring debounce and backoff. */
  flush(): Promise<void>;
  /** Resolves when nothing is queued or in flight, or rejects-free after `timeoutMs`. */
  settled(timeoutMs?: number): Promise<boolean>;
  dispose(): void;
}

/**
 * Whether a failed save (other than a network failure or a rejected answer) is worth retrying.
 * A dead link, missing rights or a closed check-up (CONFLICT) will not change by waiting: the
 * queue stops and shows the error instead of retrying forever.
 */
export function isRetryableSaveError(code: string): boolean {
  return !['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT'].includes(code);
}

/** Retry delay after `attempt` consecutive failures: 1 s, 2 s, 4 s … capped. */
export function backoffDelay(attempt: number, maxMs = 30_000): number {
  return Math.min(maxMs, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** The answer as the server stores it: empty strings and lists are absent. */
export function toAnswerInput(answer: AnswerValue): AnswerInputValue {
  return {
    questionId: answer.questionId,
    optionId: answer.optionId ?? null,
    optionIds: answer.optionIds && answer.optionIds.length > 0 ? [...answer.optionIds] : null,
    text: answer.text && answer.text.trim().length > 0 ? answer.text : null,
    comment: answer.comment && answer.comment.trim().length > 0 ? answer.comment : null,
  };
}

function readStored(storage: SaveQueueOptions['storage'], key: string): AnswerInputValue[] {
  try {
    const raw = storage?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && typeof (a as { questionId?: unknown }).questionId === 'string')
      .map((a) => toAnswerInput(a as unknown as AnswerValue));
  } catch {
    return [];
  }
}

export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const storage = options.storage === undefined ? safeLocalStorage() : options.storage;
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  // Answers refused on an earlier page are stored with the queue and get one more try here.
  const queue = new Map<string, AnswerInputValue>(readStored(storage, options.storageKey).map((a) => [a.questionId, a]));
  /** Refused answers, kept (and persisted) until the user changes them. */
  const refused = new Map<string, { answer: AnswerInputValue; problem: AnswerProblem }>();
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let attempt = 0;
  /** After a refusal that named no answer: send one answer at a time to find the culprit. */
  let oneByOne = false;
  let state: SaveState = { state: 'idle' };
  let disposed = false;
  const waiters = new Set<() => void>();

  function emit(next: SaveState): void {
    state = next;
    options.onState(next, queue.size);
  }

  function problems(): Map<string, AnswerProblem> {
    return new Map([...refused].map(([id, entry]) => [id, entry.problem]));
  }

  /** The state once nothing is queued: saved, unless some answers were refused. */
  function restingState(): SaveState {
    return refused.size > 0 ? { state: 'rejected', count: refused.size } : { state: 'saved' };
  }

  function persist(): void {
    const kept = [...queue.values(), ...[...refused.values()].map((entry) => entry.answer)];
    try {
      if (kept.length === 0) storage?.removeItem(options.storageKey);
      else storage?.setItem(options.storageKey, JSON.stringify(kept));
    } catch {
      // Storage full or blocked: the queue still lives in memory and is retried.
    }
  }

  function schedule(ms: number): void {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => {
      timer = null;
      void flush();
    }, ms);
  }

  function notifySettled(): void {
    if (queue.size > 0 || inFlight) return;
    for (const resolve of waiters) resolve();
    waiters.clear();
  }

  /** Removes sent answers from the queue, unless a newer edit of the same question replaced them. */
  function settle(batch: AnswerInputValue[], indexes: Iterable<number>, problemOf?: (index: number) => AnswerProblem): void {
    let refusedChanged = false;
    for (const i of indexes) {
      const sent = batch[i]!;
      if (queue.get(sent.questionId) !== sent) continue;
      queue.delete(sent.questionId);
      if (problemOf) {
        refused.set(sent.questionId, { answer: sent, problem: problemOf(i) });
        refusedChanged = true;
      }
    }
    persist();
    if (refusedChanged) options.onRejected?.(problems());
  }

  async function sendOnce(): Promise<void> {
    const all = [...queue.values()];
    const batch = oneByOne ? all.slice(0, 1) : all;
    emit({ state: 'saving' });
    let outcome: SendOutcome;
    try {
      outcome = await options.send(batch);
    } catch {
      outcome = { ok: false, kind: 'network' };
    }
    if (disposed) return;
    if (outcome.ok) {
      attempt = 0;
      settle(batch, batch.keys());
      if (queue.size > 0) again = true;
      else {
        oneByOne = false;
        emit(restingState());
      }
      return;
    }
    if (outcome.kind === 'rejected') {
      // All or nothing on the server: set the offending answers aside and send the rest again.
      if (outcome.problems.length > 0 || batch.length === 1) {
        const byIndex = new Map(outcome.problems.map((p) => [p.index, { code: p.code, field: p.field }]));
        const indexes = byIndex.size > 0 ? byIndex.keys() : [0];
        settle(batch, indexes, (i) => byIndex.get(i) ?? { code: outcome.code, field: null });
      } else {
        // The server named no answer: rather than drop the whole batch, find the one it refuses.
        oneByOne = true;
      }
      if (queue.size > 0) again = true;
      else {
        oneByOne = false;
        emit(restingState());
      }
      return;
    }
    attempt += 1;
    if (outcome.kind === 'network') {
      emit({ state: 'offline' });
      schedule(backoffDelay(attempt, options.maxDelayMs));
      return;
    }
    emit({ state: 'error', code: outcome.code, retrying: outcome.retry });
    if (outcome.retry) schedule(backoffDelay(attempt, options.maxDelayMs));
  }

  async function flush(): Promise<void> {
    if (disposed) return;
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    if (inFlight) {
      again = true;
      return inFlight;
    }
    if (queue.size === 0) {
      notifySettled();
      return;
    }
    if (!isOnline()) {
      // The `online` event flushes at once; the timer covers browsers that never send it.
      attempt += 1;
      emit({ state: 'offline' });
      schedule(backoffDelay(attempt, options.maxDelayMs));
      return;
    }
    inFlight = (async () => {
      do {
        again = false;
        await sendOnce();
      } while (again && !disposed && queue.size > 0);
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
      notifySettled();
    }
  }

  return {
    put(answer, delayMs = 0) {
      // A changed answer is a new attempt: the user may have fixed what the server refused.
      if (refused.delete(answer.questionId)) options.onRejected?.(problems());
      queue.set(answer.questionId, answer);
      persist();
      if (state.state !== 'saving') emit({ state: 'saving' });
      if (inFlight) {
        again = delayMs === 0 ? true : again;
        if (delayMs > 0) schedule(delayMs);
        return;
      }
      if (delayMs > 0) schedule(delayMs);
      else void flush();
    },
    pending: () => [...queue.values()],
    rejected: problems,
    flush,
    settled(timeoutMs = 10_000) {
      if (queue.size === 0 && !inFlight) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (): void => resolve(true);
        waiters.add(done);
        setTimer(() => {
          waiters.delete(done);
          resolve(queue.size === 0 && !inFlight);
        }, timeoutMs);
      });
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      waiters.clear();
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
