import { BadUserInputError } from '@omcheck/shared';
import { describe, expect, it } from 'vitest';
import { cleanPortfolioFilter, decodePortfolioCursor, encodePortfolioCursor } from './portfolio-query.js';

describe('portfolio cursors and filters', () => {
  it('should round-trip a cursor with a text, number or null key', () => {
    for (const key of ['Rossi "Food"', 42.5, null]) {
      const cursor = { field: 'OVERALL_SCORE' as const, direction: 'DESC' as const, key, id: 'id-1' };
      expect(decodePortfolioCursor(encodePortfolioCursor(cursor), cursor)).toEqual(cursor);
    }
  });

  it('should refuse garbage and a cursor made for another order', () => {
    const cursor = encodePortfolioCursor({ field: 'NAME', direction: 'ASC', key: 'a', id: 'x' });
    expect(() => decodePortfolioCursor(cursor, { field: 'NAME', direction: 'DESC' })).toThrow(BadUserInputError);
    expect(() => decodePortfolioCursor('garbage', { field: 'NAME', direction: 'ASC' })).toThrow(BadUserInputError);
    expect(() => decodePortfolioCursor(Buffer.from('[1,2]').toString('base64url'), { field: 'NAME', direction: 'ASC' })).toThrow(BadUserInputError);
  });

  it('should trim the filter and refuse a level outside 1–5', () => {
    expect(cleanPortfolioFilter({ industry: ' Food ', search: ' ', size: null })).toEqual({
      industry: 'Food', size: null, maturityLevel: null, search: null, includeArchived: false,
    });
    expect(() => cleanPortfolioFilter({ maturityLevel: 6 })).toThrow(/1 to 5/);
  });
});
