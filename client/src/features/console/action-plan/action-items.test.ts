import { describe, expect, it } from 'vitest';
import { flattenActionItems, formatDueDate, isOverdue, localToday, nextSort, sortActionItems, type ActionItemRow } from './action-items';

const recs = [
  { id: 'r1', title: 'First', actionItems: [
    { id: 'a', title: 'Call', owner: 'Zoë', dueDate: '2026-03-01', status: 'OPEN' as const },
    { id: 'b', title: 'Write', owner: ' ', dueDate: null, status: 'DONE' as const },
  ] },
  { id: 'r2', title: 'Second', actionItems: [
    { id: 'c', title: 'Meet', owner: 'anna', dueDate: '2026-01-15', status: 'OPEN' as const },
    { id: 'd', title: 'Plan', owner: 'Bert', dueDate: '2026-02-10', status: 'OPEN' as const },
  ] },
];

const ids = (rows: ActionItemRow[]) => rows.map((r) => r.id);

describe('flattenActionItems', () => {
  it('should list every item in plan order with its recommendation and blank owners as null', () => {
    const rows = flattenActionItems(recs);
    expect(ids(rows)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows[1]).toMatchObject({ owner: null, dueDate: null, recommendationId: 'r1', recommendationTitle: 'First' });
  });
});

describe('sortActionItems', () => {
  const rows = flattenActionItems(recs);

  it('should keep plan order without a sort', () => {
    expect(ids(sortActionItems(rows, null, 'en'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('should sort owners case-insensitively and put the item without owner last both ways', () => {
    expect(ids(sortActionItems(rows, { key: 'owner', direction: 'ascending' }, 'en'))).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(sortActionItems(rows, { key: 'owner', direction: 'descending' }, 'en'))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('should sort by due date and put the item without a date last both ways', () => {
    expect(ids(sortActionItems(rows, { key: 'dueDate', direction: 'ascending' }, 'en'))).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(sortActionItems(rows, { key: 'dueDate', direction: 'descending' }, 'en'))).toEqual(['a', 'd', 'c', 'b']);
  });

  it('should not change the rows it is given', () => {
    sortActionItems(rows, { key: 'owner', direction: 'ascending' }, 'en');
    expect(ids(rows)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('nextSort', () => {
  it('should start a column ascending and flip it on the next click', () => {
    expect(nextSort(null, 'owner')).toEqual({ key: 'owner', direction: 'ascending' });
    expect(nextSort({ key: 'owner', direction: 'ascending' }, 'owner')).toEqual({ key: 'owner', direction: 'descending' });
    expect(nextSort({ key: 'owner', direction: 'descending' }, 'owner')).toEqual({ key: 'owner', direction: 'ascending' });
    expect(nextSort({ key: 'owner', direction: 'descending' }, 'dueDate')).toEqual({ key: 'dueDate', direction: 'ascending' });
  });
});

describe('isOverdue', () => {
  it('should flag only open items due before today', () => {
    expect(isOverdue({ dueDate: '2026-01-01', status: 'OPEN' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-01-02', status: 'OPEN' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'DONE' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'OPEN' }, '2026-01-02')).toBe(false);
  });

  it('should write the local date as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('formatDueDate', () => {
  it('should write the calendar date as given, whatever the time zone', () => {
    expect(formatDueDate('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(formatDueDate(null, 'en')).toBe('');
    expect(formatDueDate('soon', 'en')).toBe('');
  });
});
