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
