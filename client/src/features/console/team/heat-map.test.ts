import { describe, expect, it } from 'vitest';
import { dimensionSpreads, heatCell, heatMapRows, heatStep } from './heat-map';

describe('heatStep', () => {
  it.each([
    [0, 0], [19.4, 0], [19.5, 1], [39, 1], [40, 2], [59.9, 3], [79.6, 4], [100, 4], [-5, 0], [140, 4],
  ])('should put %s in step %s', (score, step) => {
    expect(heatStep(score)).toBe(step);
  });
});

describe('heatCell', () => {
  it('should give a score its band and step', () => {
    expect(heatCell('d1', 72)).toEqual({ dimensionId: 'd1', score: 72, band: 'high', step: 3 });
    expect(heatCell('d1', 39.6)).toMatchObject({ band: 'mid', step: 2 });
  });

  it('should leave a missing score empty', () => {
    expect(heatCell('d1', null)).toEqual({ dimensionId: 'd1', score: null, band: 'none', step: null });
    expect(heatCell('d1', undefined).band).toBe('none');
    expect(heatCell('d1', Number.NaN).band).toBe('none');
  });
});

describe('heatMapRows', () => {
  const groups = [
    { role: 'SALES', roles: [], respondentCount: 2, dimensions: [{ dimensionId: 'b', score: 80 }, { dimensionId: 'a', score: 20 }] },
    { role: 'POOLED', roles: ['MARKETING', 'OTHER'], respondentCount: 2, dimensions: [{ dimensionId: 'a', score: 50 }] },
  ];

  it('should order cells by the given dimensions and fill gaps with empty cells', () => {
    const rows = heatMapRows(groups, ['a', 'b']);
    expect(rows.map((r) => r.cells.map((c) => c.score))).toEqual([[20, 80], [50, null]]);
    expect(rows[1]!.roles).toEqual(['MARKETING', 'OTHER']);
  });

  it('should measure the spread between groups per dimension', () => {
    const rows = heatMapRows(groups, ['a', 'b']);
    expect(dimensionSpreads(rows, ['a', 'b'])).toEqual([30, null]);
  });
});
