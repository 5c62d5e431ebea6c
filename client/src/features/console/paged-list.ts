/** A list loaded page by page with a cursor ("Load more"). */
export interface PagedList<T extends { id: string }> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** The list after its first page (a new search or filter starts over). */
export function firstPage<T extends { id: string }>(page: Page<T>): PagedList<T> {
  return appendPage({ nodes: [], endCursor: null, hasNextPage: false, totalCount: 0 }, page);
}

/**
 * The list with the next page appended. A row already shown is updated in place rather than
 * repeated (rows can shift between pages when a client is added meanwhile).
 */
export function appendPage<T extends { id: string }>(list: PagedList<T>, page: Page<T>): PagedList<T> {
  const index = new Map(list.nodes.map((node, i) => [node.id, i]));
  const nodes = [...list.nodes];
  for (const node of page.nodes) {
    const at = index.get(node.id);
    if (at === undefined) {
      index.set(node.id, nodes.length);
      nodes.push(node);
    } else {
      nodes[at] = node;
    }
  }
  return {
    nodes,
    endCursor: page.pageInfo.endCursor ?? null,
    hasNextPage: page.pageInfo.hasNextPage && Boolean(page.pageInfo.endCursor),
    totalCount: page.totalCount,
  };
}
