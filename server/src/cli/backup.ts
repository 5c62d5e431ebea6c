import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../config/config.js';

/** What a backup produced. */
export interface BackupOutcome {
  file: string;
  bytes: number;
}

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API (safe while the
 * server writes), verified with `PRAGMA integrity_check` before it is reported done. PostgreSQL
 * has its own tool for this.
 */
export async function backupDatabase(database: DatabaseConfig, target: string): Promise<BackupOutcome> {
  if (database.type === 'postgres') {
    throw new Error('This is a PostgreSQL database: back it up with pg_dump, e.g. `pg_dump --format=custom "$DATABASE_URL" > omcheck.dump`.');
  }
  if (database.database === ':memory:') throw new Error('An in-memory database cannot be backed up.');
  if (!fs.existsSync(database.database)) throw new Error(`There is no database at ${database.database}.`);
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const source = new Database(database.database, { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  const copy = new Database(file, { readonly: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`The copy failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
  return { file, bytes: fs.statSync(file).size };
}
