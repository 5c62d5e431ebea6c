import type { OrderDirection, PortfolioFilter, PortfolioOrderField } from '../../../gql/graphql';

/**
 * The portfolio's view state — search, filters, sort — kept in the page address so a reload,
 * the back button or a shared link shows the same table. Unknown or malformed values in the
 * address fall back to the defaults instead of failing the page.
 */
export interface PortfolioState {
  search: string;
  industry: string;
  size: string;
  /** 1–5, or null for every level. */
  level: number | null;
  includeArchived: boolean;
  sort: PortfolioOrderField;
  direction: OrderDirection;
}

export const SORT_FIELDS: readonly PortfolioOrderField[] = ['NAME', 'OVERALL_SCORE', 'MATURITY_LEVEL', 'CHANGE', 'LAST_ACTIVITY'];

/** Names read best A→Z; figures and dates are most useful highest or newest first. */
export function defaultDirection(field: PortfolioOrderField): OrderDirection {
  return field === 'NAME' ? 'ASC' : 'DESC';
}

export const DEFAULT_STATE: Readonly<PortfolioState> = {
  search: '',
  industry: '',
  size: '',
  level: null,
  includeArchived: false,
  sort: 'LAST_ACTIVITY',
  direction: 'DESC',
};

type RouteQuery = Record<string, string | null | ReadonlyArray<string | null> | undefined>;

function single(value: RouteQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** The state a page address describes. */
export function stateFromQuery(query: RouteQuery): PortfolioState {
  const sort = single(query['sort']).toUpperCase();
  const direction = single(query['dir']).toUpperCase();
  const level = Number(single(query['level']));
  const field = (SORT_FIELDS as readonly string[]).includes(sort) ? (sort as PortfolioOrderField) : DEFAULT_STATE.sort;
  return {
    search: single(query['q']).slice(0, 200),
    industry: single(query['industry']).slice(0, 100),
    size: single(query['size']).slice(0, 100),
    level: Number.isInteger(level) && level >= 1 && level <= 5 ? level : null,
    includeArchived: single(query['archived']) === '1',
    sort: field,
    direction: direction === 'ASC' || direction === 'DESC' ? direction : field === DEFAULT_STATE.sort ? DEFAULT_STATE.direction : defaultDirection(field),
  };
}

/** The page address of a state; defaults are left out so the plain address stays plain. */
export function queryFromState(state: PortfolioState): Record<string, string> {
  const query: Record<string, string> = {};
  if (state.search.trim()) query['q'] = state.search.trim();
  if (state.industry) query['industry'] = state.industry;
  if (state.size) query['size'] = state.size;
  if (state.level !== null) query['level'] = String(state.level);
  if (state.includeArchived) query['archived'] = '1';
  if (state.sort !== DEFAULT_STATE.sort || state.direction !== DEFAULT_STATE.direction) {
    query['sort'] = state.sort.toLowerCase();
    query['dir'] = state.direction.toLowerCase();
  }
  return query;
}

/** The API's filter for a state (empty choices are no filter). */
export function filterOf(state: PortfolioState): PortfolioFilter {
  return {
    ...(state.search.trim() ? { search: state.search.trim() } : {}),
    ...(state.industry ? { industry: state.industry } : {}),
    ...(state.size ? { size: state.size } : {}),
    ...(state.level !== null ? { maturityLevel: state.level } : {}),
    ...(state.includeArchived ? { includeArchived: true } : {}),
  };
}

/** Activating a column header: the same column flips its direction, another starts at its default. */
export function toggleSort(state: PortfolioState, field: PortfolioOrderField): PortfolioState {
  if (state.sort === field) return { ...state, direction: state.direction === 'ASC' ? 'DESC' : 'ASC' };
  return { ...state, sort: field, direction: defaultDirection(field) };
}

/** The `aria-sort` of a column header. */
export function ariaSort(state: PortfolioState, field: PortfolioOrderField): 'ascending' | 'descending' | 'none' {
  if (state.sort !== field) return 'none';
  return state.direction === 'ASC' ? 'ascending' : 'descending';
}
