import { describe, expect, it } from 'vitest';
import { CoalescingStream } from './workshop-stream.js';

/** A change source the test fires by hand, counting its listeners. */
function source() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fire: () => listeners.forEach((listener) => listener()),
    get count() {
      return listeners.size;
    },
  };
}

describe('CoalescingStream', () => {
  it('should deliver the current state first, then one more read for a burst of changes during a read', async () => {
    const changes = source();
    let state = 0;
    let reads = 0;
    let release: () => void = () => undefined;
    const stream = new CoalescingStream(changes.subscribe, async () => {
      reads += 1;
      const seen = state;
      await new Promise<void>((resolve) => (release = resolve));
      return seen;
    });
    const first = stream.next();
    state = 1;
    changes.fire();
    state = 2;
    changes.fire();
    changes.fire();
    release();
    expect(await first).toEqual({ value: 0, done: false });
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(reads).toBe(2);
    await stream.return();
  });

  it('should stop listening when the consumer goes away, and end a waiting next()', async () => {
    const changes = source();
    let ended = 0;
    const stream = new CoalescingStream(changes.subscribe, async () => 'state', () => (ended += 1));
    expect((await stream.next()).value).toBe('state');
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(changes.count).toBe(0);
    expect(ended).toBe(1);
    expect(stream.ended).toBe(true);
  });

  it('should skip a state equal to the last one delivered', async () => {
    const changes = source();
    const states = ['a', 'a', 'b'];
    const stream = new CoalescingStream(changes.subscribe, async () => states.shift() ?? 'b', undefined, (x, y) => x === y);
    expect((await stream.next()).value).toBe('a');
    changes.fire();
    await new Promise((resolve) => setImmediate(resolve));
    changes.fire();
    expect((await stream.next()).value).toBe('b');
    await stream.return();
  });

  it('should end the stream with the error of a failed read', async () => {
    const changes = source();
    const stream = new CoalescingStream(changes.subscribe, () => Promise.reject(new Error('gone')));
    await expect(stream.next()).rejects.toThrow('gone');
    expect(changes.count).toBe(0);
  });
});
