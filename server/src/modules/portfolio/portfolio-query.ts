import { BadUserInputError } from '@omcheck/shared';

export const PORTFOLIO_ORDER_FIELDS = ['NAME', 'OVERALL_SCORE', 'MATURITY_LEVEL', 'CHANGE', 'LAST_ACTIVITY'] as const;
export type PortfolioOrderField = (typeof PORTFOLIO_ORDER_FIELDS)[number];
export type OrderDirection = 'ASC' | 'DESC';

/** Which clients a portfolio query looks at. Text filters are compared case-insensitively. */
export interface PortfolioFilter {
  industry: string | null;
  size: string | null;
  maturityLevel: number | null;
  search: string | null;
  includeArchived: boolean;
}

export interface PortfolioOrder {
  field: PortfolioOrderField;
  direction: OrderDirection;
}

/** Where a page starts: after the row with this sort key and id, in this order. */
export interface PortfolioCursor extends PortfolioOrder {
  key: string | number | null;
  id: string;
}

const badCursor = () =>
  new BadUserInputError('This page cursor is not valid for this order; start from the first page.', [{ field: 'after', message: 'Unknown cursor.' }]);

/** Opaque cursor: base64url of [field, direction, sort key, id]; a cursor only fits the order it was made in. */
export function encodePortfolioCursor(cursor: PortfolioCursor): string {
  return Buffer.from(JSON.stringify([cursor.field, cursor.direction, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

export function decodePortfolioCursor(text: string, order: PortfolioOrder): PortfolioCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(value) || value.length !== 4) throw badCursor();
  const [field, direction, key, id] = value as unknown[];
  const keyOk = key === null || typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key));
  if (field !== order.field || direction !== order.direction || !keyOk || typeof id !== 'string') throw badCursor();
  return { field: order.field, direction: order.direction, key: key as string | number | null, id };
}

/** A filter as the API receives it: every field optional. */
export type PortfolioFilterRequest = { [K in keyof PortfolioFilter]?: PortfolioFilter[K] | null };

/** Trims the filter's text, turns blanks into null, and checks the level. */
export function cleanPortfolioFilter(filter: PortfolioFilterRequest | null | undefined): PortfolioFilter {
  const text = (value: string | null | undefined, max: number) => value?.trim().slice(0, max) || null;
  const level = filter?.maturityLevel ?? null;
  if (level !== null && (!Number.isInteger(level) || level < 1 || level > 5)) {
    throw new BadUserInputError('Filter on a maturity level from 1 to 5.', [{ field: 'filter.maturityLevel', message: 'Between 1 and 5.' }]);
  }
  return {
    industry: text(filter?.industry, 100),
    size: text(filter?.size, 50),
    maturityLevel: level,
    search: text(filter?.search, 200),
    includeArchived: filter?.includeArchived === true,
  };
}
