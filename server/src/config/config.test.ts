import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultPoolSize, loadConfig, parseDatabaseUrl } from './config.js';

describe('loadConfig', () => {
  it('should default to port 4000, a SQLite file under data/ and production', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.env).toBe('production');
    expect(config.introspection).toBe(false);
    expect(config.database).toEqual({ type: 'better-sqlite3', database: path.resolve('data/omcheck.sqlite') });
  });

  it('should read PORT and a postgres DATABASE_URL', () => {
    const config = loadConfig({ PORT: '5055', DATABASE_URL: 'postgres://u:p@db:5432/omcheck', NODE_ENV: 'development' });
    expect(config.port).toBe(5055);
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://u:p@db:5432/omcheck', poolSize: defaultPoolSize() });
    expect(config.introspection).toBe(true);
  });

  it('should list every invalid variable in one error', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
  });

  it('should size the PostgreSQL pool from DATABASE_POOL_SIZE, else from the cores (twice plus one)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/omcheck', DATABASE_POOL_SIZE: '12' }).database).toEqual({ type: 'postgres', url: 'postgres://db/omcheck', poolSize: 12 });
    expect(defaultPoolSize(2)).toBe(5);
    expect(defaultPoolSize(8)).toBe(17);
  });

  it('should refuse a pool size that is not a whole number from 1 to 100, naming the variable', () => {
    for (const value of ['0', '101', 'many', '2.5']) {
      expect(() => loadConfig({ DATABASE_URL: 'postgres://db/omcheck', DATABASE_POOL_SIZE: value })).toThrow(/DATABASE_POOL_SIZE/);
    }
  });

  it('should refuse database URLs of other systems', () => {
    expect(() => parseDatabaseUrl('mysql://localhost/x')).toThrow(/SQLite file path or a postgres/);
  });
});
