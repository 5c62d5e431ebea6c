import { describe, expect, it } from 'vitest';
import { compareWithConsensus, formatScoreDifference } from './consensus-comparison.js';

describe('compareWithConsensus', () => {
  it('should leave out scores without enough data, and take the difference of the rounded scores', () => {
    const rows = compareWithConsensus(
      [
        { dimensionId: 'a', title: 'A', score: 62.6, insufficientData: false },
        { dimensionId: 'b', title: 'B', score: 0, insufficientData: true },
        { dimensionId: 'c', title: 'C', score: 40, insufficientData: false },
      ],
      [
        { dimensionId: 'a', title: 'A', score: 50.4, insufficientData: false },
        { dimensionId: 'b', title: 'B', score: 45, insufficientData: false },
        { dimensionId: 'c', title: 'C', score: 12, insufficientData: true },
      ],
    );
    expect(rows).toEqual([
      { dimensionId: 'a', title: 'A', consensus: 62.6, individual: 50.4, difference: 13 },
      { dimensionId: 'b', title: 'B', consensus: null, individual: 45, difference: null },
      { dimensionId: 'c', title: 'C', consensus: 40, individual: null, difference: null },
    ]);
  });
});

describe('formatScoreDifference', () => {
  it('should sign a difference with plus or a minus sign, in the locale’s digits, and show a dash when there is none', () => {
    expect(formatScoreDifference(12, 'en')).toBe('+12');
    expect(formatScoreDifference(-3, 'it')).toBe('\u22123');
    expect(formatScoreDifference(0, 'nl')).toBe('0');
    expect(formatScoreDifference(-12, 'fa')).toBe('\u2212۱۲');
    expect(formatScoreDifference(null, 'en')).toBe('—');
  });
});
