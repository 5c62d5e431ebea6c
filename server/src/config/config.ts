import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).default('data/omcheck.sqlite'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  CLIENT_DIST_DIR: z.string().min(1).default(path.join(serverRoot, '../client/dist')),
  TRUST_PROXY: booleanFromEnv.default(false),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  PUBLIC_URL: z.url().optional(),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(24 * 7),
  SESSION_MAX_DAYS: z.coerce.number().positive().default(30),
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  ABANDONED_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  // Debian's Chromium renders the PDF reports; without it they answer REPORT_RENDERER_UNAVAILABLE.
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  PDF_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  PDF_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(2),
});

export type DatabaseConfig =
  | { type: 'better-sqlite3'; database: string }
  | { type: 'postgres'; url: string; poolSize: number };

export interface AuthConfig {
  /** A session unused for this long ends. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxMs: number;
}

/** A limit: at most `points` requests per `durationSeconds` for one key. */
export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

export type RateLimitName =
  | 'signInAddress' | 'signInEmail' | 'signUpAddress' | 'startSelfAssessment' | 'saveAnswers' | 'reportDownload'
  | 'joinWorkshop' | 'castVoteToken' | 'castVoteAddress';

/**
 * The limits (DESIGN §8). Generous for people: a class of 30 behind one office router starting
 * and answering at once stays far below them; a script creating hundreds a second does not.
 */
export const RATE_LIMITS: Readonly<Record<RateLimitName, RateLimitRule>> = {
  signInAddress: { points: 30, durationSeconds: 15 * 60 },
  signInEmail: { points: 10, durationSeconds: 15 * 60 },
  signUpAddress: { points: 10, durationSeconds: 60 * 60 },
  startSelfAssessment: { points: 120, durationSeconds: 10 * 60 },
  saveAnswers: { points: 1200, durationSeconds: 60 },
  // Each PDF is a Chromium render: generous for people, a wall for a loop.
  reportDownload: { points: 60, durationSeconds: 10 * 60 },
  // A room of 60 phones behind one NAT joins within minutes, some twice after losing the page.
  joinWorkshop: { points: 300, durationSeconds: 10 * 60 },
  // Per participant: one person changing their mind and the phone retrying stays far below 2 a second.
  castVoteToken: { points: 120, durationSeconds: 60 },
  // Per address: 60 phones behind one NAT voting on a question within the same minute, several times.
  castVoteAddress: { points: 3000, durationSeconds: 60 },
};

export interface AppConfig {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  introspection: boolean;
  clientDistDir: string;
  trustProxy: boolean;
  shutdownTimeoutMs: number;
  /** The address people reach the app at, for links; the request's own origin when unset. */
  publicUrl: string | null;
  auth: AuthConfig;
  /** Null when `RATE_LIMITS=off` (load tests and benchmarks). */
  rateLimits: Readonly<Record<RateLimitName, RateLimitRule>> | null;
  /** Unanswered self-assessments older than this many days are deleted; 0 keeps them. */
  abandonedRetentionDays: number;
  pdf: { executablePath: string; timeoutMs: number; concurrency: number };
}

/** Thrown when the environment is invalid; the message lists every bad variable. */
export class ConfigError extends Error {}

/**
 * The one place that reads the environment. `DATABASE_URL` is a SQLite file path (relative to
 * the working directory) or a `postgres://` / `postgresql://` URL.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL, e.DATABASE_POOL_SIZE),
    logLevel: e.LOG_LEVEL,
    introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    clientDistDir: path.resolve(e.CLIENT_DIST_DIR),
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : null,
    auth: { sessionIdleMs: e.SESSION_IDLE_HOURS * 3_600_000, sessionMaxMs: e.SESSION_MAX_DAYS * 86_400_000 },
    rateLimits: e.RATE_LIMITS === 'off' ? null : RATE_LIMITS,
    abandonedRetentionDays: e.ABANDONED_RETENTION_DAYS,
    pdf: { executablePath: e.CHROMIUM_PATH, timeoutMs: e.PDF_TIMEOUT_MS, concurrency: e.PDF_CONCURRENCY },
  };
}

/**
 * PostgreSQL connections per server instance when `DATABASE_POOL_SIZE` is unset: twice the cores
 * plus one (5 on 2 cores). More connections than the cores can serve only move the queueing into
 * PostgreSQL, where it is slower: with 200 respondents at once on the 2-core bench machine, a
 * start's p99 was 46–196 ms with 5, 133–351 ms with 10 and 447–928 ms with 20 (docs/performance.md).
 */
export function defaultPoolSize(cores: number = os.availableParallelism()): number {
  return cores * 2 + 1;
}

/** Interprets `DATABASE_URL`: PostgreSQL for postgres URLs, otherwise a SQLite file path. */
export function parseDatabaseUrl(value: string, poolSize: number = defaultPoolSize()): DatabaseConfig {
  if (/^postgres(ql)?:\/\//i.test(value)) return { type: 'postgres', url: value, poolSize };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !value.toLowerCase().startsWith('file://')) {
    throw new ConfigError(`DATABASE_URL must be a SQLite file path or a postgres:// URL, got "${value.split(':')[0]}://…"`);
  }
  const file = value.toLowerCase().startsWith('file://') ? fileURLToPath(value) : value;
  return { type: 'better-sqlite3', database: file === ':memory:' ? file : path.resolve(file) };
}
