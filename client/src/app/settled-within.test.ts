import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledWithin } from './settled-within';

describe('settledWithin', () => {
  afterEach(() => vi.useRealTimers());

  it('should give the value of a promise that settles in time', async () => {
    await expect(settledWithin(Promise.resolve('there'), 1000)).resolves.toBe('there');
  });

  it('should give null once the time is up, without waiting for the promise', async () => {
    vi.useFakeTimers();
    let settled: string | null | undefined;
    void settledWithin(new Promise<string>(() => undefined), 1000).then((value) => (settled = value));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeNull();
  });

  it('should pass a failure on', async () => {
    await expect(settledWithin(Promise.reject(new Error('offline')), 1000)).rejects.toThrow('offline');
  });
});
