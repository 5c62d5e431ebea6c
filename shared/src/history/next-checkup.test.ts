import { describe, expect, it } from 'vitest';
import { MAX_CHECKUP_TITLE_LENGTH, carryOverInvitations, carryOverTargets, nextCheckupTitle } from './next-checkup.js';

describe('nextCheckupTitle', () => {
  it.each([
    ['Baseline', 'Baseline (2)'],
    ['Baseline (2)', 'Baseline (3)'],
    ['  Q3 review (9) ', 'Q3 review (10)'],
    ['Review 2026', 'Review 2026 (2)'],
    ['(3)', '(3) (2)'],
    ['بررسی اول', 'بررسی اول (2)'],
    ['', 'Check-up (2)'],
  ])('should follow %j with %j', (previous, next) => {
    expect(nextCheckupTitle(previous)).toBe(next);
  });

  it('should fit the stored length without splitting a character', () => {
    const next = nextCheckupTitle('😀'.repeat(MAX_CHECKUP_TITLE_LENGTH));
    expect(next.length).toBeLessThanOrEqual(MAX_CHECKUP_TITLE_LENGTH);
    expect(next).toBe(`${'😀'.repeat(98)} (2)`);
    expect(nextCheckupTitle('x'.repeat(MAX_CHECKUP_TITLE_LENGTH))).toBe(`${'x'.repeat(MAX_CHECKUP_TITLE_LENGTH - 4)} (2)`);
  });
});

describe('carryOverTargets', () => {
  it('should keep the targets of dimensions the new version still has', () => {
    expect(carryOverTargets({ strategy: 70, planning: 60 }, ['strategy', 'alignment'])).toEqual({ strategy: 70 });
  });

  it('should store no targets when none is left or there were none', () => {
    expect(carryOverTargets({ planning: 60 }, ['strategy'])).toBeNull();
    expect(carryOverTargets(null, ['strategy'])).toBeNull();
  });
});

describe('carryOverInvitations', () => {
  it('should copy role, label and language of every invitation that was not revoked, in order', () => {
    expect(carryOverInvitations([
      { role: 'SALES', label: 'Ana', locale: 'it', revoked: false },
      { role: 'PARTNER', label: null, locale: 'en', revoked: true },
      { role: 'MANAGEMENT', label: null, locale: 'nl', revoked: false },
    ])).toEqual([{ role: 'SALES', label: 'Ana', locale: 'it' }, { role: 'MANAGEMENT', label: null, locale: 'nl' }]);
  });
});
