import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger, type LoggerOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/config.js';
import { ENTITIES } from './entities.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres/index.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

interface SqlitePragmaTarget {
  pragma(source: string): unknown;
}

/**
 * The TypeORM data source for either database. Migrations are listed per dialect because a
 * migration generated on one does not run on the other. Never `synchronize`.
 */
export function createDataSource(config: DatabaseConfig, hooks: { queryLogger?: TypeOrmLogger } = {}): DataSource {
  // A query logger (tests count statements with it) needs TypeORM's query logging on.
  const logging: LoggerOptions = hooks.queryLogger ? ['query'] : false;
  const common = {
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging,
    ...(hooks.queryLogger ? { logger: hooks.queryLogger } : {}),
  };
  let options: DataSourceOptions;
  if (config.type === 'better-sqlite3') {
    if (config.database !== ':memory:') fs.mkdirSync(path.dirname(config.database), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: config.database,
      enableWAL: config.database !== ':memory:',
      timeout: 5000,
      // WAL + NORMAL is durable across application crashes and much faster than FULL.
      prepareDatabase: (db: SqlitePragmaTarget) => {
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
      },
      migrations: SQLITE_MIGRATIONS,
    };
  } else {
    options = {
      ...common,
      type: 'postgres',
      url: config.url,
      uuidExtension: 'pgcrypto',
      extra: { max: config.poolSize },
      migrations: POSTGRES_MIGRATIONS,
    };
  }
  return new DataSource(options);
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/**
 * The SQL that would bring the database in line with the entities. Empty when the committed
 * migrations match the entities exactly — the drift check.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query),
  };
}
