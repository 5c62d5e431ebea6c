import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.js';

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
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://u:p@db:5432/omcheck' });
    expect(config.introspection).toBe(true);
  });

  it('should list every invalid variable in one error', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
  });

  it('should refuse database URLs of other systems', () => {
    expect(() => parseDatabaseUrl('mysql://localhost/x')).toThrow(/SQLite file path or a postgres/);
  });
});
