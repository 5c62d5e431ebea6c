import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { dialectOf, placeholders, type Dialect } from './dialect-sql.js';

/** One row as the driver returns it: column name → raw value. */
export type RawRow = Record<string, unknown>;

interface SqliteStatement {
  all(...params: unknown[]): RawRow[];
  run(...params: unknown[]): unknown;
  raw(toggle: boolean): { all(...params: unknown[]): unknown[][] };
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  transaction(work: () => void): () => void;
}
interface PgPool {
  query(config: { name: string; text: string; values: unknown[]; rowMode?: 'array' }): Promise<{ rows: RawRow[] }>;
}

/**
 * Plain parameterised SQL for the few hot paths where TypeORM's query building and hydration
 * cost more than the statement itself (the autosave). Write SQL once with `?` placeholders;
 * statements are prepared once and reused: better-sqlite3 statements on SQLite, named prepared
 * statements on PostgreSQL. Only repositories use it. Statements are reported to TypeORM's
 * query logger when logging is on, so statement-count tests still see them. On SQLite every
 * method runs its statement synchronously when called (what `TransactionRunner.immediate` needs).
 */
export class RawSql {
  readonly dialect: Dialect;
  private readonly sqlite: Map<string, SqliteStatement> = new Map();
  private readonly sqliteArrays: Map<string, { all(...params: unknown[]): unknown[][] }> = new Map();
  private readonly postgres: Map<string, { name: string; text: string }> = new Map();
  private readonly logQueries: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.dialect = dialectOf(dataSource);
    this.logQueries = dataSource.options.logging !== false && dataSource.options.logging !== undefined;
  }

  /** Runs a statement and returns its rows (SELECT, or a write with RETURNING). */
  async all(sql: string, params: readonly unknown[]): Promise<RawRow[]> {
    if (this.logQueries) this.dataSource.logger.logQuery(sql, [...params]);
    if (this.dialect === 'sqlite') return this.sqliteStatement(sql).all(...params);
    const { rows } = await this.pool().query({ ...this.postgresStatement(sql), values: [...params] });
    return rows;
  }

  /** Like `all`, with each row as an array in select order: no object per row where many rows are read. */
  async arrays(sql: string, params: readonly unknown[]): Promise<unknown[][]> {
    if (this.logQueries) this.dataSource.logger.logQuery(sql, [...params]);
    if (this.dialect === 'sqlite') {
      let statement = this.sqliteArrays.get(sql);
      if (!statement) {
        statement = this.connection().prepare(sql).raw(true);
        this.sqliteArrays.set(sql, statement);
      }
      return statement.all(...params);
    }
    const { rows } = await this.pool().query({ ...this.postgresStatement(sql), values: [...params], rowMode: 'array' });
    return rows as unknown as unknown[][];
  }

  /** The first column of the first row (an aggregate): one value, no row object. */
  async scalar(sql: string, params: readonly unknown[]): Promise<unknown> {
    const [row] = await this.arrays(sql, params);
    return row?.[0];
  }

  /** Runs a statement for its effect. */
  async run(sql: string, params: readonly unknown[]): Promise<void> {
    if (this.logQueries) this.dataSource.logger.logQuery(sql, [...params]);
    if (this.dialect === 'sqlite') {
      this.sqliteStatement(sql).run(...params);
      return;
    }
    await this.pool().query({ ...this.postgresStatement(sql), values: [...params] });
  }

  /**
   * Runs several writes all or nothing. SQLite: one synchronous transaction (nothing else can
   * run in between); call it under `TransactionRunner.single`. PostgreSQL has no use for it:
   * write one statement there (data-modifying CTEs), which is atomic and one round trip.
   */
  async sqliteAtomically(statements: ReadonlyArray<readonly [sql: string, params: readonly unknown[]]>): Promise<void> {
    if (this.dialect !== 'sqlite') throw new Error('sqliteAtomically is for SQLite; write one statement on PostgreSQL');
    if (this.logQueries) for (const [sql, params] of statements) this.dataSource.logger.logQuery(sql, [...params]);
    this.connection().transaction(() => {
      for (const [sql, params] of statements) this.sqliteStatement(sql).run(...params);
    })();
  }

  private sqliteStatement(sql: string): SqliteStatement {
    let statement = this.sqlite.get(sql);
    if (!statement) {
      statement = this.connection().prepare(sql);
      this.sqlite.set(sql, statement);
    }
    return statement;
  }

  private connection(): SqliteConnection {
    return (this.dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
  }

  private postgresStatement(sql: string): { name: string; text: string } {
    let statement = this.postgres.get(sql);
    if (!statement) {
      // Named by the text's hash: every RawSql instance on a pool agrees on what a name means.
      const name = `omcheck_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      statement = { name, text: placeholders(sql, 'postgres') };
      this.postgres.set(sql, statement);
    }
    return statement;
  }

  private pool(): PgPool {
    return (this.dataSource.driver as unknown as { master: PgPool }).master;
  }
}
