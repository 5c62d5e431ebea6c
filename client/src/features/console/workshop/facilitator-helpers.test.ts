import { describe, expect, it } from 'vitest';
import { facilitatorAction } from './facilitator-keys';
import { barPercent, spreadWords } from './spread-words';
import { createThrottledAnnouncer } from './throttled-announcer';

const key = (k: string, extra: Partial<KeyboardEvent> = {}, tagName = 'BODY') =>
  ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, repeat: false, target: { tagName }, ...extra }) as unknown as KeyboardEvent;

describe('facilitatorAction', () => {
  it.each([['n', 'next'], ['N', 'next'], ['p', 'previous'], ['r', 'reveal'], ['x', null], ['Enter', null]])('should read %s as %s', (k, action) => {
    expect(facilitatorAction(key(k))).toBe(action);
  });

  it('should leave keys alone while typing or with a modifier', () => {
    expect(facilitatorAction(key('n', {}, 'TEXTAREA'))).toBeNull();
    expect(facilitatorAction(key('r', {}, 'INPUT'))).toBeNull();
    expect(facilitatorAction(key('p', {}, 'SELECT'))).toBeNull();
    expect(facilitatorAction(key('r', { ctrlKey: true }))).toBeNull();
    expect(facilitatorAction(key('n', { repeat: true }))).toBeNull();
    expect(facilitatorAction(key('n', {}, 'BUTTON'))).toBe('next');
  });
});

describe('spreadWords', () => {
  const spread = { min: 2, max: 4, mean: 3.1, standardDeviation: 0.83, agreement: 0.5, levelVoteCount: 8 };
  it('should describe a divided room', () => {
    expect(spreadWords({ ...spread, agreement: 0.4, standardDeviation: 1.2 })).toMatchObject({ agreement: 'split', agreementPercent: 40, deviation: 'far', standardDeviation: 1.2 });
  });
  it('should describe some agreement over a range', () => {
    expect(spreadWords(spread)).toMatchObject({ agreement: 'some', agreementPercent: 50, range: 'range', min: 2, max: 4, deviation: 'apart', standardDeviation: 0.8, mean: 3.1 });
  });
  it('should describe a room on one level', () => {
    expect(spreadWords({ ...spread, min: 3, max: 3, standardDeviation: 0, agreement: 1 })).toMatchObject({ agreement: 'strong', range: 'same', deviation: 'close' });
  });
  it('should size bars by share of votes, empty with no votes', () => {
    expect([barPercent(3, 4), barPercent(0, 4), barPercent(0, 0)]).toEqual([75, 0, 0]);
  });
});

describe('createThrottledAnnouncer', () => {
  it('should announce the first change at once and fold later ones into one per interval', () => {
    let now = 0;
    const timers: Array<{ fn: () => void; at: number }> = [];
    const said: string[] = [];
    const announcer = createThrottledAnnouncer((text) => said.push(text), 3000, {
      now: () => now,
      setTimer: (fn, ms) => timers.push({ fn, at: now + ms }),
      clearTimer: () => undefined,
    });
    announcer.push('1 vote');
    now = 500;
    announcer.push('2 votes');
    now = 900;
    announcer.push('3 votes');
    expect(said).toEqual(['1 vote']);
    expect(timers).toHaveLength(1);
    now = timers[0]!.at;
    timers[0]!.fn();
    expect(said).toEqual(['1 vote', '3 votes']);
    now = 10_000;
    announcer.push('3 votes');
    expect(said).toEqual(['1 vote', '3 votes']);
    announcer.push('4 votes');
    now = 20_000;
    timers.at(-1)!.fn();
    expect(said).toEqual(['1 vote', '3 votes', '4 votes']);
  });
});
