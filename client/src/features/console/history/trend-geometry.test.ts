import { describe, expect, it } from 'vitest';
import { trendPath, trendPoints, trendX, trendY, type TrendFrame } from './trend-geometry';

const frame: TrendFrame = { width: 220, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 } };

describe('the trend chart geometry', () => {
  it('should spread check-ups evenly from the first to the last', () => {
    expect([0, 1, 2].map((i) => trendX(i, 3, frame))).toEqual([10, 110, 210]);
  });

  it('should run right to left for a right-to-left language', () => {
    expect([0, 1, 2].map((i) => trendX(i, 3, frame, true))).toEqual([210, 110, 10]);
  });

  it('should put a single check-up in the middle', () => {
    expect(trendX(0, 1, frame)).toBe(110);
  });

  it('should put 0 at the bottom, 100 at the top and clamp the rest', () => {
    expect(trendY(0, frame)).toBe(110);
    expect(trendY(100, frame)).toBe(10);
    expect(trendY(50, frame)).toBe(60);
    expect(trendY(140, frame)).toBe(10);
    expect(trendY(-3, frame)).toBe(110);
  });

  it('should break the line where a check-up has no score', () => {
    const points = trendPoints([40, 60, null, 80, 90], frame);
    expect(points[2]!.y).toBeNull();
    const path = trendPath(points);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(2);
  });

  it('should draw nothing without scores', () => {
    expect(trendPath(trendPoints([null, null], frame))).toBe('');
  });
});
