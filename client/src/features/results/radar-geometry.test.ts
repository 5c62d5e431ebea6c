import { describe, expect, it } from 'vitest';
import { labelPlacement, pointOnAxis, ringPoints, scoredNeighbours, textAnchor, wrapLabel } from './radar-geometry';

describe('pointOnAxis', () => {
  it('should put the first axis straight up', () => {
    expect(pointOnAxis(0, 7, 1, 100)).toEqual({ x: 0, y: -100 });
  });

  it('should go clockwise, and counter-clockwise when mirrored for right-to-left', () => {
    expect(pointOnAxis(1, 4, 1, 100)).toEqual({ x: 100, y: 0 });
    expect(pointOnAxis(1, 4, 1, 100, true)).toEqual({ x: -100, y: 0 });
  });

  it('should stay within the radius and mirror exactly', () => {
    for (const count of [3, 5, 7, 9, 12]) {
      for (let i = 0; i < count; i += 1) {
        for (const fraction of [0, 0.13, 0.5, 0.875, 1]) {
          const p = pointOnAxis(i, count, fraction, 150);
          const m = pointOnAxis(i, count, fraction, 150, true);
          expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(150.02);
          expect(m.x).toBeCloseTo(-p.x, 5);
          expect(m.y).toBe(p.y);
        }
      }
    }
  });
});

describe('ringPoints', () => {
  it('should list one point per axis', () => {
    expect(ringPoints(7, 0.5, 100).split(' ')).toHaveLength(7);
    expect(ringPoints(4, 1, 10)).toBe('0,-10 10,0 0,10 -10,0');
  });
});

describe('scoredNeighbours', () => {
  it('should join every neighbour, the last to the first, when all are scored', () => {
    expect(scoredNeighbours([1, 2, 3])).toEqual([[0, 1], [1, 2], [2, 0]]);
  });

  it('should leave a gap on both sides of a missing score', () => {
    expect(scoredNeighbours([50, null, 60, 70, 80])).toEqual([[2, 3], [3, 4], [4, 0]]);
  });

  it('should join nothing with fewer than two scores in a row', () => {
    expect(scoredNeighbours([50, null, 60, null])).toEqual([]);
    expect(scoredNeighbours([50])).toEqual([]);
  });
});

describe('labelPlacement', () => {
  it.each([
    [0, false, { horizontal: 'center', vertical: 'above' }],
    [1, false, { horizontal: 'right', vertical: 'middle' }],
    [3, false, { horizontal: 'right', vertical: 'below' }],
    [4, false, { horizontal: 'left', vertical: 'below' }],
    [6, false, { horizontal: 'left', vertical: 'middle' }],
    [1, true, { horizontal: 'left', vertical: 'middle' }],
  ])('should place the label of axis %d of 7 (mirrored: %s) as %o', (index, mirror, placement) => {
    expect(labelPlacement(index, 7, mirror)).toEqual(placement);
  });
});

describe('textAnchor', () => {
  it.each([
    ['right', false, 'start'],
    ['left', false, 'end'],
    ['right', true, 'end'],
    ['left', true, 'start'],
    ['center', true, 'middle'],
  ] as const)('should anchor text running %s (rtl: %s) at its %s', (horizontal, rtl, anchor) => {
    expect(textAnchor(horizontal, rtl)).toBe(anchor);
  });
});

describe('wrapLabel', () => {
  it('should break at spaces within the width', () => {
    expect(wrapLabel('Sales–operations alignment & dialogue', 20, 3)).toEqual(['Sales–operations', 'alignment & dialogue']);
  });

  it('should keep a short label on one line', () => {
    expect(wrapLabel('Partnership model', 20, 3)).toEqual(['Partnership model']);
  });

  it('should end with an ellipsis when the label needs more lines than allowed', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('should wrap Persian at spaces too', () => {
    expect(wrapLabel('هم‌راستایی و گفت‌وگوی فروش و عملیات', 20, 3)).toEqual(['هم‌راستایی و', 'گفت‌وگوی فروش و', 'عملیات']);
  });
});
