import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, progressPercent, submissionCounts } from './format';

describe('formatDateTime and formatDate', () => {
  const iso = '2026-03-12T14:05:00.000Z';

  it('should write the date in the UI language', () => {
    expect(formatDate(iso, 'en')).toMatch(/2026/);
    expect(formatDate(iso, 'it')).toMatch(/mar/i);
  });

  it('should write Persian digits for Persian', () => {
    expect(formatDateTime(iso, 'fa')).toMatch(/[۰-۹]/);
    expect(formatDateTime(iso, 'fa')).not.toMatch(/[0-9]/);
  });

  it('should give an empty string for a missing or invalid date', () => {
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
  });
});

describe('progressPercent', () => {
  it.each([[0, 10, 0], [5, 10, 50], [2, 3, 67], [10, 10, 100], [3, 0, 0], [12, 10, 100]])(
    'should turn %i of %i into %i %%',
    (answered, total, expected) => {
      expect(progressPercent(answered, total)).toBe(expected);
    },
  );
});

describe('submissionCounts', () => {
  it('should count submitted respondents and leave revoked links out', () => {
    expect(submissionCounts([
      { revoked: false, submittedAt: '2026-01-01T00:00:00Z' },
      { revoked: false, submittedAt: null },
      { revoked: true, submittedAt: '2026-01-01T00:00:00Z' },
    ])).toEqual({ submitted: 1, total: 2 });
  });
});
