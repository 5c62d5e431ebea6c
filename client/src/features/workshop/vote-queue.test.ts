import { describe, expect, it } from 'vitest';
import { createVoteQueue, voteRetryDelay, type Vote, type VoteOutcome, type VoteStatus } from './vote-queue';

/** A queue with a scripted server and manual timers. */
function harness(script: Array<VoteOutcome | ((vote: Vote) => VoteOutcome)>, online = () => true) {
  const sent: Vote[] = [];
  const statuses: VoteStatus[] = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const answers: Array<(outcome: VoteOutcome) => void> = [];
  let scripted = 0;
  const queue = createVoteQueue({
    send(vote) {
      sent.push(vote);
      const step = script[scripted++];
      if (step === undefined) return new Promise((resolve) => answers.push(resolve));
      return Promise.resolve(typeof step === 'function' ? step(vote) : step);
    },
    onChange: (status) => statuses.push(status),
    isOnline: online,
    setTimer: (fn, ms) => timers.push({ fn, ms }) - 1,
    clearTimer: (handle) => {
      timers[handle as number] = { fn: () => undefined, ms: -1 };
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { queue, sent, statuses, timers, answers, settle };
}

describe('the vote queue', () => {
  it('should send a vote and report it saved once acknowledged', async () => {
    const h = harness([{ ok: true }]);
    h.queue.cast('q1', 'o2');
    expect(h.queue.vote('q1')).toEqual({ optionId: 'o2', acknowledged: false });
    await h.settle();
    expect(h.sent).toEqual([{ questionId: 'q1', optionId: 'o2' }]);
    expect(h.queue.vote('q1')).toEqual({ optionId: 'o2', acknowledged: true });
    expect(h.statuses.map((s) => s.state)).toEqual(['sending', 'saved']);
  });

  it('should resend after a network failure with backoff until the server acknowledges', async () => {
    const h = harness([{ ok: false, kind: 'network' }, { ok: false, kind: 'network' }, { ok: true }]);
    h.queue.cast('q1', 'o1');
    await h.settle();
    expect(h.queue.status()).toEqual({ state: 'offline' });
    expect(h.timers.at(-1)!.ms).toBe(500);
    h.timers.at(-1)!.fn();
    await h.settle();
    expect(h.timers.at(-1)!.ms).toBe(1000);
    h.timers.at(-1)!.fn();
    await h.settle();
    expect(h.sent).toHaveLength(3);
    expect(new Set(h.sent.map((v) => `${v.questionId}:${v.optionId}`))).toEqual(new Set(['q1:o1']));
    expect(h.queue.status()).toEqual({ state: 'saved' });
    expect(h.queue.pendingCount()).toBe(0);
  });

  it('should send only the latest choice when the participant changes their vote while offline', async () => {
    const h = harness([{ ok: false, kind: 'network' }, { ok: true }]);
    h.queue.cast('q1', 'o1');
    await h.settle();
    h.queue.cast('q1', 'o3');
    // Still waiting for the backoff: nothing new sent.
    expect(h.sent).toHaveLength(1);
    h.queue.retryNow();
    await h.settle();
    expect(h.sent.at(-1)).toEqual({ questionId: 'q1', optionId: 'o3' });
    expect(h.queue.vote('q1')).toEqual({ optionId: 'o3', acknowledged: true });
  });

  it('should send a newer choice made while the previous one was in flight, after it', async () => {
    const h = harness([]);
    h.queue.cast('q1', 'o1');
    h.queue.cast('q1', 'o2');
    expect(h.sent).toHaveLength(1);
    h.answers[0]!({ ok: true });
    await h.settle();
    expect(h.sent.map((v) => v.optionId)).toEqual(['o1', 'o2']);
    expect(h.queue.vote('q1')).toEqual({ optionId: 'o2', acknowledged: false });
    h.answers[1]!({ ok: true });
    await h.settle();
    expect(h.queue.vote('q1')).toEqual({ optionId: 'o2', acknowledged: true });
  });

  it('should drop a refused vote with its reason and go on with the others', async () => {
    const h = harness([{ ok: false, kind: 'refused', code: 'CONFLICT', reason: 'QUESTION_REVEALED' }, { ok: true }]);
    h.queue.cast('q1', 'o1');
    h.queue.cast('q2', 'o5');
    await h.settle();
    await h.settle();
    expect(h.queue.vote('q1')).toBeUndefined();
    expect(h.queue.vote('q2')).toEqual({ optionId: 'o5', acknowledged: true });
    expect(h.statuses).toContainEqual({ state: 'refused', questionId: 'q1', code: 'CONFLICT', reason: 'QUESTION_REVEALED' });
  });

  it('should say offline at once when the browser knows it is offline', () => {
    const h = harness([], () => false);
    h.queue.cast('q1', 'o1');
    expect(h.queue.status()).toEqual({ state: 'offline' });
  });

  it('should cap the retry delay', () => {
    expect([1, 2, 3, 4, 5, 10].map((a) => voteRetryDelay(a))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });

  it('should keep unsent votes in storage and send them after a reload, then forget them', async () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    const offline = createVoteQueue({ send: () => Promise.resolve({ ok: false, kind: 'network' }), onChange: () => undefined, storage, storageKey: 'votes', setTimer: () => 0, clearTimer: () => undefined });
    offline.cast('q1', 'o2');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(JSON.parse(store.get('votes')!)).toEqual([['q1', 'o2']]);
    offline.dispose();

    const sent: Vote[] = [];
    const reloaded = createVoteQueue({ send: (vote) => (sent.push(vote), Promise.resolve({ ok: true })), onChange: () => undefined, storage, storageKey: 'votes' });
    expect(reloaded.vote('q1')).toEqual({ optionId: 'o2', acknowledged: false });
    reloaded.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([{ questionId: 'q1', optionId: 'o2' }]);
    expect(reloaded.vote('q1')).toEqual({ optionId: 'o2', acknowledged: true });
    expect(store.has('votes')).toBe(false);
  });
});
