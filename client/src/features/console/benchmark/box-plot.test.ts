import { describe, expect, it } from 'vitest';
import { boxPlotMarks } from './box-plot';

describe('the benchmark box-plot bar', () => {
  it('should place the middle half, the median and the own score on the track', () => {
    expect(boxPlotMarks({ q1: 25, median: 50, q3: 75, score: 90 }, 200)).toEqual({ band: { x: 50, width: 100 }, whisker: null, median: 100, score: 180 });
  });

  it('should mirror the track for a right-to-left language', () => {
    expect(boxPlotMarks({ q1: 25, median: 40, q3: 75, score: 90 }, 200, true)).toEqual({ band: { x: 50, width: 100 }, whisker: null, median: 120, score: 20 });
  });

  it('should clamp out-of-range figures and draw nothing for missing ones', () => {
    expect(boxPlotMarks({ q1: null, median: 120, q3: 80, score: null }, 100)).toEqual({ band: null, whisker: null, median: 100, score: null });
  });

  it('should reach from the lowest to the highest value, mirrored for right to left', () => {
    expect(boxPlotMarks({ min: 10, max: 90 }, 100).whisker).toEqual({ from: 10, to: 90 });
    expect(boxPlotMarks({ min: 10, max: 30 }, 100, true).whisker).toEqual({ from: 70, to: 90 });
  });

  it('should draw a single peer as a band of no width', () => {
    expect(boxPlotMarks({ q1: 60, median: 60, q3: 60, score: 60 }, 100).band).toEqual({ x: 60, width: 0 });
  });
});
