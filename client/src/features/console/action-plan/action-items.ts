/*
 * The action plan's flat table of action items: flattened from the recommendations and
 * sortable by owner or due date. Items without an owner or a date always sort last.
 */

export interface ActionItemRow {
  id: string;
  title: string;
  owner: string | null;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  status: 'OPEN' | 'DONE';
  recommendationId: string;
  recommendationTitle: string;
}

export type ActionItemSortKey = 'owner' | 'dueDate';
export type SortDirection = 'ascending' | 'descending';
export interface ActionItemSort {
  key: ActionItemSortKey;
  direction: SortDirection;
}

interface RecommendationInput {
  id: string;
  title: string;
  actionItems: ReadonlyArray<{ id: string; title: string; owner?: string | null; dueDate?: string | null; status: 'OPEN' | 'DONE' }>;
}

/** Every action item with the recommendation it belongs to, in plan order. */
export function flattenActionItems(recommendations: readonly RecommendationInput[]): ActionItemRow[] {
  return recommendations.flatMap((rec) =>
    rec.actionItems.map((item) => ({
      id: item.id,
      title: item.title,
      owner: item.owner?.trim() ? item.owner.trim() : null,
      dueDate: item.dueDate || null,
      status: item.status,
      recommendationId: rec.id,
      recommendationTitle: rec.title,
    })),
  );
}

/**
 * The rows sorted by `sort` (owners by the language's collation, dates as ISO strings); blanks
 * last in either direction; ties keep plan order (the sort is stable).
 */
export function sortActionItems(rows: readonly ActionItemRow[], sort: ActionItemSort | null, locale: string): ActionItemRow[] {
  if (!sort) return [...rows];
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = sort.key === 'owner' ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
    return order * sign;
  });
}

/** The sort after a click on a column's button: that column ascending, or flipped if it was already sorted by it. */
export function nextSort(current: ActionItemSort | null, key: ActionItemSortKey): ActionItemSort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** True for a date (YYYY-MM-DD) before today (local date, also YYYY-MM-DD) on an open item. */
export function isOverdue(row: Pick<ActionItemRow, 'dueDate' | 'status'>, today: string): boolean {
  return row.status === 'OPEN' && row.dueDate !== null && row.dueDate < today;
}

/** Today's date as YYYY-MM-DD in the browser's time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar date (YYYY-MM-DD) in the UI language, read as a local date so no time zone shifts it. */
export function formatDueDate(date: string | null, locale: string): string {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return '';
  const local = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(local);
}
