import { describe, expect, it } from 'vitest';
import { changeDirection, formatSignedChange, roundChange } from './change-format';

describe('changes between check-ups', () => {
  it.each([
    [4.4, 4],
    [4.5, 5],
    [-4.5, -5],
    [-0.4, 0],
    [0.49, 0],
  ])('should round %d to %d whole points', (delta, expected) => {
    expect(roundChange(delta)).toBe(expected);
  });

  it('should never give a negative zero', () => {
    expect(Object.is(roundChange(-0.2), -0)).toBe(false);
  });

  it.each([
    [3, 'up'],
    [-0.6, 'down'],
    [0.3, 'same'],
    [0, 'same'],
  ] as const)('should call a change of %d %s', (delta, direction) => {
    expect(changeDirection(delta)).toBe(direction);
  });

  it('should sign a change in English digits', () => {
    expect(formatSignedChange(5.2, 'en')).toBe('+5');
    expect(formatSignedChange(-3.7, 'en')).toBe('-4');
    expect(formatSignedChange(0.2, 'en')).toBe('0');
  });

  it('should write a change in Persian digits with a sign', () => {
    const up = formatSignedChange(12, 'fa');
    const down = formatSignedChange(-7, 'fa');
    expect(up).toContain('۱۲');
    expect(up).toMatch(/\+/);
    expect(down).toContain('۷');
    expect(down).toMatch(/[-−]/);
    expect(`${up}${down}`).not.toMatch(/[0-9]/);
  });
});
