import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, createSaveQueue, isRetryableSaveError, toAnswerInput, type AnswerInputValue, type SaveState, type SendOutcome } from './save-queue';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => { data.delete(k); },
    setItem: (k, v) => { data.set(k, v); },
  };
}

const answer = (questionId: string, optionId: string | null, comment: string | null = null): AnswerInputValue =>
  ({ questionId, optionId, optionIds: null, text: null, comment });

function setup(outcomes: Array<SendOutcome | Error>, extra: { online?: () => boolean; storage?: Storage } = {}) {
  const sent: AnswerInputValue[][] = [];
  const states: SaveState['state'][] = [];
  const storage = extra.storage ?? memoryStorage();
  const queue = createSaveQueue({
    storageKey: 'k',
    storage,
    isOnline: extra.online ?? (() => true),
    send: async (batch) => {
      sent.push(batch);
      const next = outcomes.shift() ?? { ok: true };
      if (next instanceof Error) throw next;
      return next;
    },
    onState: (s) => states.push(s.state),
  });
  return { queue, sent, states, storage };
}

describe('createSaveQueue', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('should send an answer at once and report saved', async () => {
    const { queue, sent, states, storage } = setup([{ ok: true }]);
    queue.put(answer('a', 'l2'));
    await vi.runAllTimersAsync();
    expect(sent).toEqual([[answer('a', 'l2')]]);
    expect(states.at(-1)).toBe('saved');
    expect(storage.getItem('k')).toBeNull();
  });

  it('should debounce delayed answers and send only the latest', async () => {
    const { queue, sent } = setup([]);
    queue.put(answer('a', null, 'h'), 600);
    await vi.advanceTimersByTimeAsync(300);
    queue.put(answer('a', null, 'hello'), 600);
    await vi.advanceTimersByTimeAsync(599);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([[answer('a', null, 'hello')]]);
  });

  it('should keep failed answers persisted and retry with backoff', async () => {
    const { queue, sent, states, storage } = setup([{ ok: false, kind: 'network' }, new Error('boom'), { ok: true }]);
    queue.put(answer('a', 'l1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('offline');
    expect(JSON.parse(storage.getItem('k')!)).toEqual([answer('a', 'l1')]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(3);
    expect(states.at(-1)).toBe('saved');
    expect(storage.getItem('k')).toBeNull();
  });

  it('should resume answers persisted by an earlier page', async () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify([answer('a', 'l3'), { nonsense: true }]));
    const { queue, sent } = setup([], { storage });
    expect(queue.pending()).toEqual([answer('a', 'l3')]);
    await queue.flush();
    expect(sent).toEqual([[answer('a', 'l3')]]);
  });

  it('should not send while offline and send once flushed online', async () => {
    let online = false;
    const { queue, sent, states } = setup([], { online: () => online });
    queue.put(answer('a', 'l0'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(0);
    expect(states.at(-1)).toBe('offline');
    online = true;
    await queue.flush();
    expect(sent).toHaveLength(1);
    expect(states.at(-1)).toBe('saved');
  });

  it('should set a refused answer aside, save the rest and report it', async () => {
    const refused = { ok: false, kind: 'rejected', code: 'BAD_USER_INPUT', problems: [{ index: 1, code: 'BAD_USER_INPUT', field: 'comment' }] } as const;
    const { queue, sent, states } = setup([refused, { ok: true }]);
    queue.put(answer('a', 'l1'), 600);
    queue.put(answer('b', 'l2', 'x\u0000'), 600);
    await queue.flush();
    expect(sent).toEqual([[answer('a', 'l1'), answer('b', 'l2', 'x\u0000')], [answer('a', 'l1')]]);
    expect(queue.pending()).toEqual([]);
    expect(queue.rejected()).toEqual(new Map([['b', { code: 'BAD_USER_INPUT', field: 'comment' }]]));
    expect(states.at(-1)).toBe('rejected');
  });

  it('should keep saving later answers after a refusal without resending the refused one', async () => {
    const refused = { ok: false, kind: 'rejected', code: 'BAD_USER_INPUT', problems: [{ index: 0, code: 'BAD_USER_INPUT', field: 'comment' }] } as const;
    const reported: Array<ReadonlyMap<string, unknown>> = [];
    const sent: AnswerInputValue[][] = [];
    const states: SaveState[] = [];
    const outcomes: SendOutcome[] = [refused];
    const queue = createSaveQueue({
      storageKey: 'k',
      storage: memoryStorage(),
      isOnline: () => true,
      send: async (batch) => {
        sent.push(batch);
        return outcomes.shift() ?? { ok: true };
      },
      onState: (state) => states.push(state),
      onRejected: (problems) => reported.push(problems),
    });
    queue.put(answer('a', 'l1', 'bad\u0000'));
    await vi.runAllTimersAsync();
    queue.put(answer('b', 'l2'));
    await vi.runAllTimersAsync();
    queue.put(answer('c', 'l3'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent).toEqual([[answer('a', 'l1', 'bad\u0000')], [answer('b', 'l2')], [answer('c', 'l3')]]);
    // Not "all saved": one answer still waits for the user.
    expect(states.at(-1)).toEqual({ state: 'rejected', count: 1 });
    expect([...reported.at(-1)!.keys()]).toEqual(['a']);
  });

  it('should save a refused answer once the user fixes it and clear its problem', async () => {
    const refused = { ok: false, kind: 'rejected', code: 'BAD_USER_INPUT', problems: [{ index: 0, code: 'BAD_USER_INPUT', field: 'comment' }] } as const;
    const { queue, sent, states, storage } = setup([refused, { ok: true }]);
    queue.put(answer('a', 'l1', 'bad\u0000'));
    await vi.runAllTimersAsync();
    expect(JSON.parse(storage.getItem('k')!)).toEqual([answer('a', 'l1', 'bad\u0000')]);
    queue.put(answer('a', 'l1', 'good'));
    await vi.runAllTimersAsync();
    expect(sent.at(-1)).toEqual([answer('a', 'l1', 'good')]);
    expect(queue.rejected().size).toBe(0);
    expect(states.at(-1)).toBe('saved');
    expect(storage.getItem('k')).toBeNull();
  });

  it('should keep a refused answer stored so that the next page tries it once more', async () => {
    const refused = { ok: false, kind: 'rejected', code: 'BAD_USER_INPUT', problems: [{ index: 0, code: 'BAD_USER_INPUT', field: 'comment' }] } as const;
    const { queue, storage } = setup([refused]);
    queue.put(answer('a', 'l1', 'bad\u0000'));
    await vi.runAllTimersAsync();
    const next = setup([], { storage });
    expect(next.queue.pending()).toEqual([answer('a', 'l1', 'bad\u0000')]);
  });

  it('should find the refused answer one by one when the server names none', async () => {
    const unnamed = { ok: false, kind: 'rejected', code: 'BAD_USER_INPUT', problems: [] } as const;
    const { queue, sent, states } = setup([unnamed, { ok: true }, unnamed, { ok: true }]);
    queue.put(answer('a', 'l1'), 600);
    queue.put(answer('b', 'l2'), 600);
    queue.put(answer('c', 'l3'), 600);
    await queue.flush();
    expect(sent.map((batch) => batch.map((a) => a.questionId))).toEqual([['a', 'b', 'c'], ['a'], ['b'], ['c']]);
    expect([...queue.rejected().keys()]).toEqual(['b']);
    expect(queue.pending()).toEqual([]);
    expect(states.at(-1)).toBe('rejected');
  });

  it('should keep a newer edit made while a save was in flight', async () => {
    let release: (o: SendOutcome) => void = () => {};
    const sent: AnswerInputValue[][] = [];
    const queue = createSaveQueue({
      storageKey: 'k',
      storage: memoryStorage(),
      isOnline: () => true,
      send: (batch) => { sent.push(batch); return new Promise((r) => { release = r; }); },
      onState: () => {},
    });
    queue.put(answer('a', 'l1'));
    queue.put(answer('a', 'l4'));
    release({ ok: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.pending()).toEqual([answer('a', 'l4')]);
    release({ ok: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((b) => b[0]!.optionId)).toEqual(['l1', 'l4']);
    expect(queue.pending()).toEqual([]);
  });

  it('should stop retrying on errors that will not go away', async () => {
    const { queue, sent, states } = setup([{ ok: false, kind: 'failed', code: 'NOT_FOUND', retry: false }]);
    queue.put(answer('a', 'l1'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    expect(states.at(-1)).toBe('error');
    expect(queue.pending()).toHaveLength(1);
  });
});

describe('isRetryableSaveError', () => {
  it('should treat a closed check-up (CONFLICT) and dead links as final', () => {
    expect(['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].map(isRetryableSaveError)).toEqual([false, false, false, false]);
  });

  it('should retry server hiccups and rate limits', () => {
    expect(['INTERNAL_SERVER_ERROR', 'RATE_LIMITED'].map(isRetryableSaveError)).toEqual([true, true]);
  });

  it('should stop the queue on CONFLICT and keep the answer for the user to see', async () => {
    vi.useFakeTimers();
    const { queue, sent, states } = setup([{ ok: false, kind: 'failed', code: 'CONFLICT', retry: isRetryableSaveError('CONFLICT') }]);
    queue.put(answer('a', 'l1'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sent).toHaveLength(1);
    expect(states.at(-1)).toBe('error');
    vi.useRealTimers();
  });
});

describe('backoffDelay and toAnswerInput', () => {
  it('should double the delay up to the cap', () => {
    expect([1, 2, 3, 10].map((n) => backoffDelay(n))).toEqual([1000, 2000, 4000, 30_000]);
  });

  it('should normalise empty strings and lists to null', () => {
    expect(toAnswerInput({ questionId: 'q', optionIds: [], text: ' ', comment: '' }))
      .toEqual({ questionId: 'q', optionId: null, optionIds: null, text: null, comment: null });
  });
});
