import { describe, expect, it } from 'vitest';
import { formatReportScore } from './report-labels.js';

describe('formatReportScore', () => {
  it("should write a score rounded in the report language's digits, and the report's no-score mark when there is none", () => {
    expect(formatReportScore(62.5, 'en')).toBe('63');
    expect(formatReportScore(62.44, 'it', 1)).toBe('62,4');
    expect(formatReportScore(7, 'fa')).toBe('۷');
    expect(formatReportScore(null, 'nl')).toBe('–');
  });
});
