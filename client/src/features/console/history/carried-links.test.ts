import { describe, expect, it } from 'vitest';
import { carryLinks, takeCarriedLinks } from './carried-links';

describe('links carried to the next check-up', () => {
  it('should hand a check-up its links once', () => {
    carryLinks('a1', [{ id: 'r1', role: 'SALES', label: null, token: 't1', url: 'https://x/r/t1' }]);
    expect(takeCarriedLinks('a1').map((l) => l.id)).toEqual(['r1']);
    expect(takeCarriedLinks('a1')).toEqual([]);
  });

  it('should keep the links of one check-up from another', () => {
    carryLinks('a2', [{ id: 'r2', role: 'PARTNER', label: 'Logistics partner', token: 't2', url: null }]);
    expect(takeCarriedLinks('a3')).toEqual([]);
    expect(takeCarriedLinks('a2')).toHaveLength(1);
  });
});
