import { describe, expect, it } from 'vitest';
import { ariaSort, DEFAULT_STATE, filterOf, queryFromState, stateFromQuery, toggleSort } from './portfolio-query';

describe('the portfolio view state', () => {
  it('should read the defaults from a plain address and write none back', () => {
    expect(stateFromQuery({})).toEqual(DEFAULT_STATE);
    expect(queryFromState(DEFAULT_STATE)).toEqual({});
  });

  it('should survive a round trip through the address', () => {
    const state = { search: 'rossi', industry: 'manufacturing', size: '10-49', level: 3, includeArchived: true, sort: 'OVERALL_SCORE', direction: 'ASC' } as const;
    expect(stateFromQuery(queryFromState(state))).toEqual(state);
  });

  it('should ignore malformed values in the address', () => {
    const state = stateFromQuery({ level: '9', sort: 'DROP TABLE', dir: 'sideways', archived: 'yes', q: ['x', 'y'] });
    expect(state).toEqual({ ...DEFAULT_STATE, search: 'x' });
  });

  it('should start a newly chosen column at its natural direction and flip a chosen one', () => {
    const byName = toggleSort(DEFAULT_STATE, 'NAME');
    expect([byName.sort, byName.direction]).toEqual(['NAME', 'ASC']);
    expect(toggleSort(byName, 'NAME').direction).toBe('DESC');
    expect(toggleSort(byName, 'CHANGE').direction).toBe('DESC');
  });

  it('should tell assistive technology which column sorts and which way', () => {
    const state = toggleSort(DEFAULT_STATE, 'NAME');
    expect(ariaSort(state, 'NAME')).toBe('ascending');
    expect(ariaSort(toggleSort(state, 'NAME'), 'NAME')).toBe('descending');
    expect(ariaSort(state, 'OVERALL_SCORE')).toBe('none');
  });

  it('should send only the filters that are set', () => {
    expect(filterOf(DEFAULT_STATE)).toEqual({});
    expect(filterOf({ ...DEFAULT_STATE, search: '  ab ', level: 2 })).toEqual({ search: 'ab', maturityLevel: 2 });
  });
});
