/**
 * A participant's votes on their way to `castVote`. The last choice per question wins; one
 * request at a time; a vote that got no answer (offline, server restarting) is sent again with
 * backoff, and at once when the phone is back online, until the server acknowledges it. The
 * server stores one answer per participant and question, so a resend never doubles a vote.
 * A refused vote (question revealed, not for this role, workshop ended) is dropped with its
 * reason. Pure of Vue and of the network: the caller injects `send` and the timers.
 */

/** What one `castVote` came to. */
export type VoteOutcome =
  | { ok: true }
  /** No answer: sent again later. */
  | { ok: false; kind: 'network' }
  /** The server answered with an error: resending would not help. */
  | { ok: false; kind: 'refused'; code: string; reason: string | null };

export type VoteStatus =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'saved' }
  /** Votes wait for the network; they are sent when it is back. */
  | { state: 'offline' }
  | { state: 'refused'; questionId: string; code: string; reason: string | null };

export interface Vote {
  questionId: string;
  optionId: string;
}

/** My latest vote on a question as this phone knows it. */
export interface LocalVote {
  optionId: string;
  /** True once the server acknowledged exactly this option. */
  acknowledged: boolean;
}

export interface VoteQueueOptions {
  send(vote: Vote): Promise<VoteOutcome>;
  onChange(status: VoteStatus): void;
  isOnline?: () => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Upper bound of the retry delay. */
  maxDelayMs?: number;
  /** Where votes not yet acknowledged are kept, so a reload sends them still (none: memory only). */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  storageKey?: string;
}

export interface VoteQueue {
  /** Records the choice at once and sends it (replacing a choice on the same question not yet sent). */
  cast(questionId: string, optionId: string): void;
  /** My latest vote on the question, acknowledged or on its way. */
  vote(questionId: string): LocalVote | undefined;
  /** Votes not acknowledged yet. */
  pendingCount(): number;
  status(): VoteStatus;
  /** Sends what is waiting now, skipping the backoff (the browser is back online). */
  retryNow(): void;
  /** Sends the votes a previous page left unsent (call once the token is known). */
  start(): void;
  /** Forgets every vote (the participant is gone; a new one starts afresh). */
  clear(): void;
  dispose(): void;
}

/** Retry delay after `attempt` consecutive failures: 0.5 s, 1 s, 2 s … capped. */
export function voteRetryDelay(attempt: number, maxMs = 8000): number {
  return Math.min(maxMs, 500 * 2 ** Math.max(0, attempt - 1));
}

function readWaiting(options: VoteQueueOptions): Array<[string, string]> {
  try {
    const raw = options.storageKey ? options.storage?.getItem(options.storageKey) : null;
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e): e is [string, string] => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string');
  } catch {
    return [];
  }
}

export function createVoteQueue(options: VoteQueueOptions): VoteQueue {
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  /** questionId → optionId still to be sent, oldest first (the ones a reload left unsent first). */
  const waiting = new Map<string, string>(readWaiting(options));
  const votes = new Map<string, LocalVote>([...waiting].map(([questionId, optionId]) => [questionId, { optionId, acknowledged: false }]));
  let inFlight = false;
  let attempt = 0;
  let timer: unknown = null;
  let refused: Extract<VoteStatus, { state: 'refused' }> | null = null;
  let current: VoteStatus = { state: 'idle' };
  let disposed = false;

  function persist(): void {
    if (!options.storage || !options.storageKey) return;
    try {
      if (waiting.size === 0) options.storage.removeItem(options.storageKey);
      else options.storage.setItem(options.storageKey, JSON.stringify([...waiting]));
    } catch {
      // Not kept across a reload; still sent from memory.
    }
  }

  function emit(): void {
    persist();
    let next: VoteStatus;
    if (waiting.size > 0 || inFlight) next = attempt > 0 || !isOnline() ? { state: 'offline' } : { state: 'sending' };
    else if (refused) next = refused;
    else if ([...votes.values()].some((v) => v.acknowledged)) next = { state: 'saved' };
    else next = { state: 'idle' };
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    options.onChange(next);
  }

  function schedule(ms: number): void {
    if (timer !== null) clearTimer(timer);
    timer = setTimer(() => {
      timer = null;
      void pump();
    }, ms);
  }

  async function pump(): Promise<void> {
    if (disposed || inFlight) return;
    const first = waiting.entries().next();
    if (first.done) return emit();
    const [questionId, optionId] = first.value;
    inFlight = true;
    emit();
    const outcome = await options.send({ questionId, optionId });
    inFlight = false;
    if (disposed) return;
    if (outcome.ok) {
      attempt = 0;
      // A newer choice on the same question made meanwhile stays queued and goes next.
      if (waiting.get(questionId) === optionId) {
        waiting.delete(questionId);
        votes.set(questionId, { optionId, acknowledged: true });
      }
    } else if (outcome.kind === 'network') {
      attempt += 1;
      emit();
      schedule(voteRetryDelay(attempt, options.maxDelayMs));
      return;
    } else {
      attempt = 0;
      // Unless the participant chose again meanwhile, the vote is gone: what the server has stands.
      if (waiting.get(questionId) === optionId) {
        waiting.delete(questionId);
        votes.delete(questionId);
        refused = { state: 'refused', questionId, code: outcome.code, reason: outcome.reason };
      }
    }
    emit();
    if (waiting.size > 0) void pump();
  }

  return {
    cast(questionId, optionId) {
      if (disposed) return;
      refused = null;
      votes.set(questionId, { optionId, acknowledged: false });
      waiting.delete(questionId);
      waiting.set(questionId, optionId);
      emit();
      // While a retry waits for its backoff, the new choice waits with it (the network is down).
      if (timer === null) void pump();
    },
    start() {
      if (waiting.size > 0 && timer === null) void pump();
    },
    clear() {
      waiting.clear();
      votes.clear();
      refused = null;
      attempt = 0;
      emit();
    },
    vote: (questionId) => votes.get(questionId),
    pendingCount: () => waiting.size,
    status: () => current,
    retryNow() {
      if (timer !== null) {
        clearTimer(timer);
        timer = null;
      }
      void pump();
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
