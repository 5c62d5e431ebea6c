import { describe, expect, it } from 'vitest';
import { formatScoreChange } from './report-labels.js';

describe('formatScoreChange', () => {
  it('should round the change and sign it, in the locale’s digits, and give nothing when a score is missing', () => {
    expect(formatScoreChange(50, 62.4, 'en')).toBe('+12');
    expect(formatScoreChange(50, 47, 'it')).toBe('-3');
    expect(formatScoreChange(50, 50.2, 'nl')).toBe('0');
    expect(formatScoreChange(40, 52, 'fa')).toContain('۱۲');
    expect(formatScoreChange(null, 52, 'en')).toBe('');
    expect(formatScoreChange(40, null, 'en')).toBe('');
  });
});
