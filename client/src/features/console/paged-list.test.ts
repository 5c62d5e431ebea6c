import { describe, expect, it } from 'vitest';
import { appendPage, firstPage } from './paged-list';

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 5) => ({
  nodes: ids.map((id) => ({ id, name: id.toUpperCase() })),
  pageInfo: { endCursor, hasNextPage },
  totalCount,
});

describe('paged list', () => {
  it('should start from the first page with its cursor', () => {
    expect(firstPage(page(['a', 'b'], 'c2', true))).toEqual({
      nodes: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      endCursor: 'c2',
      hasNextPage: true,
      totalCount: 5,
    });
  });

  it('should append the next page and keep its cursor', () => {
    const list = appendPage(firstPage(page(['a', 'b'], 'c2', true)), page(['c', 'd'], 'c4', false));
    expect(list.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(list.endCursor).toBe('c4');
    expect(list.hasNextPage).toBe(false);
  });

  it('should not repeat a row that shifted onto the next page', () => {
    const list = appendPage(firstPage(page(['a', 'b'], 'c2', true)), { ...page(['b', 'c'], 'c4', true), nodes: [{ id: 'b', name: 'B2' }, { id: 'c', name: 'C' }] });
    expect(list.nodes).toEqual([{ id: 'a', name: 'A' }, { id: 'b', name: 'B2' }, { id: 'c', name: 'C' }]);
  });

  it('should not offer more without a cursor to continue from', () => {
    expect(firstPage(page(['a'], null, true)).hasNextPage).toBe(false);
  });
});
