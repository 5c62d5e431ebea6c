import type { EntityManager } from 'typeorm';
import { dialectOf, placeholders } from './dialect-sql.js';

// SQLite binds at most 32,766 parameters per statement, PostgreSQL 65,535.
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows with multi-row INSERT statements, as few as the parameter limit allows. Values
 * must already be in their bound form (see `dateParam`; JSON as text). Set-based writes for
 * repositories and the seeders, never a statement per row.
 */
export async function bulkInsert(manager: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const dialect = dialectOf(manager);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const sql = head + chunk.map(() => tuple).join(', ');
    await manager.query(placeholders(sql, dialect), chunk.flat());
  }
}

// Rows per statement for `bulkLoad` on PostgreSQL: a parameter is a whole column, so no limit applies.
const ROWS_PER_UNNEST = 20_000;

/**
 * Inserts many rows for a bulk load (the seeders). On PostgreSQL each column goes as one array
 * parameter, unpacked by `unnest`: one short statement per 20,000 rows, which the server parses
 * and plans once, instead of a VALUES list of 30,000 parameters; 116,000 answers took 2.8 s
 * instead of 7.1 s (docs/performance.md, 2026-12-02). The arrays are cast to the columns' own
 * types, read from the catalogue. On SQLite, where statements are not sent anywhere, as
 * `bulkInsert`.
 */
export async function bulkLoad(manager: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  if (dialectOf(manager) === 'sqlite') return bulkInsert(manager, table, columns, rows);
  const types = await columnTypes(manager, table, columns);
  const arrays = columns.map((column, index) => `$${index + 1}::${types.get(column)}[]`);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_UNNEST) {
    const chunk = rows.slice(start, start + ROWS_PER_UNNEST);
    await manager.query(sql, columns.map((_, index) => chunk.map((row) => row[index])));
  }
}

/** Each column's type as PostgreSQL spells it (`character varying(36)`), from the catalogue. */
async function columnTypes(manager: EntityManager, table: string, columns: readonly string[]): Promise<Map<string, string>> {
  const found: Array<{ name: string; type: string }> = await manager.query(
    'SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped',
    [table],
  );
  const types = new Map(found.map((column) => [column.name, column.type]));
  const unknown = columns.filter((column) => !types.has(column));
  if (unknown.length > 0) throw new Error(`bulkLoad: ${table} has no column ${unknown.join(', ')}.`);
  return types;
}
