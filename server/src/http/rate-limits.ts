import { RateLimitedError } from '@omcheck/shared';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DatabaseConfig, RateLimitName, RateLimitRule } from '../config/config.js';

/** The table the PostgreSQL counters live in (created by a migration). */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * Request limits per key (an address or an email). On PostgreSQL the counters live in the
 * database, so every instance counts against the same budget; the SQLite default is one process,
 * so memory is enough there. `null` rules (RATE_LIMITS=off) let everything through.
 */
export class RateLimits {
  private constructor(
    private readonly limiters: ReadonlyMap<RateLimitName, RateLimiterAbstract>,
    private readonly pool: pg.Pool | null,
  ) {}

  static create(rules: Readonly<Record<RateLimitName, RateLimitRule>> | null, database: DatabaseConfig): RateLimits {
    if (!rules) return new RateLimits(new Map(), null);
    const pool = database.type === 'postgres' ? new pg.Pool({ connectionString: database.url, max: 3 }) : null;
    const limiters = new Map<RateLimitName, RateLimiterAbstract>();
    for (const [name, rule] of Object.entries(rules) as Array<[RateLimitName, RateLimitRule]>) {
      const options = { keyPrefix: name, points: rule.points, duration: rule.durationSeconds };
      limiters.set(
        name,
        pool
          ? new RateLimiterPostgres({ ...options, storeClient: pool, storeType: 'pool', tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout: false })
          : new RateLimiterMemory(options),
      );
    }
    return new RateLimits(limiters, pool);
  }

  /** True when `name` is counted (RATE_LIMITS is on). */
  limits(name: RateLimitName): boolean {
    return this.limiters.has(name);
  }

  /** Counts one request for `key`; RATE_LIMITED with the seconds to wait when over the limit. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    const limiter = this.limiters.get(name);
    if (!limiter) return;
    try {
      await limiter.consume(key);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)));
      throw outcome;
    }
  }

  /** Forgets the count of `key` (a successful sign-in clears that email's failures). */
  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters.get(name)?.delete(key);
  }

  /**
   * Deletes counters whose window has ended (PostgreSQL; memory counters expire by themselves).
   * The library's own timer is off so that one job, shared with the other purges, does it.
   */
  async purgeExpired(now = Date.now()): Promise<number> {
    if (!this.pool) return 0;
    const result = await this.pool.query(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire IS NOT NULL AND expire < $1`, [now]);
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool?.end();
  }
}
