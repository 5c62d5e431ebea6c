import { describe, expect, it } from 'vitest';
import { barHeights, gridValues, niceCeiling } from './histogram-geometry';

describe('the distribution chart bars', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [11, 20],
    [48, 50],
    [51, 100],
    [1234, 2000],
  ])('should round a tallest bar of %d up to %d', (max, top) => {
    expect(niceCeiling(max)).toBe(top);
  });

  it('should scale bars against the round top', () => {
    expect(barHeights([0, 5, 10], 100)).toEqual({ top: 10, heights: [0, 50, 100] });
  });

  it('should give an empty workspace flat bars, not a division by zero', () => {
    expect(barHeights([0, 0], 80)).toEqual({ top: 1, heights: [0, 0] });
  });

  it('should put grid lines on whole counts', () => {
    expect(gridValues(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(gridValues(20)).toEqual([0, 5, 10, 15, 20]);
    expect(gridValues(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(gridValues(200)).toEqual([0, 50, 100, 150, 200]);
    expect(gridValues(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(gridValues(1)).toEqual([0, 1]);
  });
});
