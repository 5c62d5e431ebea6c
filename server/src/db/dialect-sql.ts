import type { DataSource, EntityManager } from 'typeorm';

export type Dialect = 'sqlite' | 'postgres';

/** Which SQL dialect a data source (or a transaction's manager) speaks. */
export function dialectOf(source: DataSource | EntityManager): Dialect {
  const options = 'options' in source ? source.options : source.connection.options;
  return options.type === 'better-sqlite3' ? 'sqlite' : 'postgres';
}

/** Hand-written SQL uses `?`; PostgreSQL wants `$1, $2 …`. */
export function placeholders(sql: string, dialect: Dialect): string {
  if (dialect === 'sqlite') return sql;
  let index = 0;
  return sql.replace(/\?/g, () => `$${(index += 1)}`);
}

/** A date as a bound parameter: TypeORM's UTC text form on SQLite, a Date for pg. */
export function dateParam(date: Date, dialect: Dialect): Date | string {
  return dialect === 'sqlite' ? date.toISOString().replace('T', ' ').replace('Z', '') : date;
}

/** A date column as read by raw SQL: SQLite gives UTC text, pg a Date. */
export function readDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** A number column as read by raw SQL (pg returns bigint counts as text). */
export function readNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
