// Portfolio at scale (issue 11): 10,000 check-ups (≈ 3 M answers) made by `omcheck seed:portfolio`,
// once per database and kept in bench/results/cache between runs; then p50/p95 of the portfolio
// list, sort, filter, search, a later page, the distribution, one result's benchmark, and the same
// result without benchmark against one on an empty database. Prints the query plans of the hot
// SQL (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL). SQLite, then PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PortfolioRepository } from '@omcheck/server';
import { benchDir, machine, postgresUrl, record, root, startApp } from './lib/servers.mjs';

const ASSESSMENTS = Number(process.env.BENCH_PORTFOLIO_ASSESSMENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
// Bump when the seeder's output changes, so a stale cache is not reused.
const SEED_VERSION = 2;
const cacheDir = path.join(benchDir, 'results', 'cache');
const cli = path.join(root, 'server/dist/cli/omcheck.js');

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }';
const PORTFOLIO = `query Portfolio($workspaceId: ID!, $filter: PortfolioFilter, $orderBy: PortfolioOrder, $first: Int, $after: String) {
  portfolio(workspaceId: $workspaceId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    nodes { organization { id name industry size } latest { assessmentId overallScore maturityLevel holismIndex customerFocusStage relationshipModel scoredAt title } change lastActivityAt checkupCount }
    pageInfo { hasNextPage endCursor } totalCount } }`;
const DISTRIBUTION = `query D($workspaceId: ID!) { portfolioDistribution(workspaceId: $workspaceId) {
  clientCount scoredCount levels { level count } scoreBuckets { from to count } dimensions { dimensionId min q1 median q3 max count } } }`;
const RESULT_FIELDS = 'overallScore maturityLevel holismIndex dimensions { dimensionId score coverage } recommendations { id title priority }';
const RESULT = `query R($id: ID!) { assessment(id: $id) { result { ${RESULT_FIELDS} } } }`;
const BENCHMARK = `query B($id: ID!) { assessment(id: $id) { result { ${RESULT_FIELDS}
  benchmark { peerCount overall { percentile median q1 q3 } dimensions { dimensionId percentile median q1 q3 } }
  industryBenchmark { peerCount industry dimensions { dimensionId percentile median q1 q3 } } } } }`;

/** A signed-in client: POSTs with the session cookie, returns data and the round-trip time. */
async function signedIn(url, email, password) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }) });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return async (query, variables) => {
    const started = performance.now();
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const json = await r.json();
    const ms = performance.now() - started;
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return { data: json.data, ms };
  };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
async function time(call, query, variables) {
  for (let i = 0; i < 3; i++) await call(query, variables);
  const ms = [];
  for (let i = 0; i < RUNS; i++) ms.push((await call(query, variables)).ms);
  ms.sort((a, b) => a - b);
  return { p50: pct(ms, 0.5), p95: pct(ms, 0.95) };
}

function runCli(databaseUrl, args) {
  const run = spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`omcheck ${args.join(' ')} failed`);
  return run.stdout;
}

/** `runCli` without blocking: both databases are seeded at once. */
function runCliAsync(databaseUrl, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text) => (stdout += text));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`omcheck ${args.join(' ')} failed`))));
  });
}

/** The seeded database (made once, then reused) and what the seeder said about it. */
async function seededDatabase(pgUrl) {
  fs.mkdirSync(cacheDir, { recursive: true });
  const tag = `portfolio-v${SEED_VERSION}-${ASSESSMENTS}`;
  const infoFile = path.join(cacheDir, `${tag}-${pgUrl ? 'postgres' : 'sqlite'}.json`);
  let databaseUrl = path.join(cacheDir, `${tag}.sqlite`);
  if (pgUrl) {
    const url = new URL(pgUrl);
    url.pathname = `/bench_${tag.replace(/-/g, '_')}`;
    databaseUrl = url.toString();
  }
  const exists = async () => {
    if (!pgUrl) return fs.existsSync(databaseUrl);
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [new URL(databaseUrl).pathname.slice(1)]);
    await admin.end();
    return rows.length > 0;
  };
  if (fs.existsSync(infoFile) && (await exists())) return { databaseUrl, seeded: JSON.parse(fs.readFileSync(infoFile, 'utf8')), cached: true };
  if (pgUrl) {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    const name = new URL(databaseUrl).pathname.slice(1);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  } else {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databaseUrl + suffix, { force: true });
  }
  console.log(`seeding ${ASSESSMENTS} check-ups into ${pgUrl ? 'PostgreSQL' : 'SQLite'} (cached for later runs)…`);
  const started = Date.now();
  const seeded = JSON.parse(await runCliAsync(databaseUrl, ['seed:portfolio', '--assessments', String(ASSESSMENTS)]));
  fs.writeFileSync(infoFile, JSON.stringify(seeded));
  return { databaseUrl, seeded, cached: false, seedSeconds: Math.round((Date.now() - started) / 1000) };
}

/** An empty database with one scored check-up: the baseline for reading one result. */
async function emptyBaseline(pgUrl) {
  const app = await startApp({ postgresUrl: pgUrl ?? undefined });
  try {
    const seeded = JSON.parse(runCli(app.databaseUrl, ['seed:portfolio', '--assessments', '3']));
    const call = await signedIn(app.url, seeded.owner.email, seeded.owner.password);
    const page = (await call(PORTFOLIO, { workspaceId: seeded.workspaceId })).data.portfolio;
    return await time(call, RESULT, { id: page.nodes.find((n) => n.latest).latest.assessmentId });
  } finally {
    await app.stop();
  }
}

/** Query plans of the hot statements, straight from the database. */
async function plans(databaseUrl, workspaceId, isPostgres) {
  const repository = new PortfolioRepository({ options: { type: isPostgres ? 'postgres' : 'better-sqlite3', logging: false } });
  const filter = { industry: null, size: null, maturityLevel: null, search: null, includeArchived: false };
  const statements = {
    'first page (name)': repository.pageSql({ workspaceId, filter, order: { field: 'NAME', direction: 'ASC' }, first: 20, after: null }),
    'by score': repository.pageSql({ workspaceId, filter, order: { field: 'OVERALL_SCORE', direction: 'DESC' }, first: 20, after: null }),
    'industry filter': repository.pageSql({ workspaceId, filter: { ...filter, industry: 'retail' }, order: { field: 'NAME', direction: 'ASC' }, first: 20, after: null }),
    'count': repository.countSql(workspaceId, filter),
    'dimension score lists of the peers (benchmark)': repository.dimensionListsSql(workspaceId, repository.peersSql(workspaceId, '00000000-0000-4000-8000-000000000000', null)),
  };
  const out = [];
  if (isPostgres) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    for (const [name, { sql, params }] of Object.entries(statements)) {
      let i = 0;
      const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql.replace(/\?/g, () => `$${++i}`)}`, params);
      out.push(`${name}:`, ...rows.map((r) => `    ${r['QUERY PLAN']}`));
    }
    await client.end();
  } else {
    const require = createRequire(path.join(root, 'server/package.json'));
    const Database = require('better-sqlite3');
    const db = new Database(databaseUrl, { readonly: true });
    for (const [name, { sql, params }] of Object.entries(statements)) {
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params);
      out.push(`${name}:`, ...rows.map((r) => `    ${r.detail}`));
    }
    db.close();
  }
  return out;
}

async function measure(pgUrl, { databaseUrl, seeded, seedSeconds = null }) {
  const app = await startApp({ databaseUrl });
  try {
    const call = await signedIn(app.url, seeded.owner.email, seeded.owner.password);
    const workspaceId = seeded.workspaceId;
    let cursor = null;
    for (let i = 0; i < 10; i++) cursor = (await call(PORTFOLIO, { workspaceId, after: cursor })).data.portfolio.pageInfo.endCursor;
    const byScore = (await call(PORTFOLIO, { workspaceId, orderBy: { field: 'OVERALL_SCORE', direction: 'DESC' } })).data.portfolio;
    const assessmentId = byScore.nodes[5].latest.assessmentId;
    const timings = {
      'portfolio, first page (name A–Z)': await time(call, PORTFOLIO, { workspaceId }),
      'portfolio, by overall score (desc)': await time(call, PORTFOLIO, { workspaceId, orderBy: { field: 'OVERALL_SCORE', direction: 'DESC' } }),
      'portfolio, by last activity (desc)': await time(call, PORTFOLIO, { workspaceId, orderBy: { field: 'LAST_ACTIVITY', direction: 'DESC' } }),
      'portfolio, industry = Retail': await time(call, PORTFOLIO, { workspaceId, filter: { industry: 'Retail' } }),
      'portfolio, search "summit"': await time(call, PORTFOLIO, { workspaceId, filter: { search: 'summit' } }),
      'portfolio, 11th page': await time(call, PORTFOLIO, { workspaceId, after: cursor }),
      'portfolio distribution': await time(call, DISTRIBUTION, { workspaceId }),
      'one result with benchmark + industry benchmark': await time(call, BENCHMARK, { id: assessmentId }),
      'one result without benchmark': await time(call, RESULT, { id: assessmentId }),
    };
    const totalCount = (await call(PORTFOLIO, { workspaceId })).data.portfolio.totalCount;
    return { database: app.database, seeded, seedSeconds, totalCount, timings, plans: await plans(databaseUrl, workspaceId, Boolean(pgUrl)), baseline: await emptyBaseline(pgUrl) };
  } finally {
    await app.stop();
  }
}

// Both databases are seeded before anything is timed, at the same time: on a fresh machine that
// is most of this benchmark's time, and the seeders use the two cores in turn (SQLite in the
// seeder's process; PostgreSQL in its server, while the seeder prepares the next batch).
const databases = [undefined, await postgresUrl()].filter((pgUrl) => pgUrl !== null);
if (databases.length === 1) console.log('PostgreSQL not available: skipped');
const seeds = await Promise.all(databases.map((pgUrl) => seededDatabase(pgUrl)));
const results = [];
for (const [i, pgUrl] of databases.entries()) results.push(await measure(pgUrl, seeds[i]));

const f = (ms) => ms.toFixed(1);
const report = [
  `### Portfolio at ${ASSESSMENTS.toLocaleString('en')} check-ups — ${new Date().toISOString().slice(0, 10)}`,
  '',
  machine(),
  `Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (the machine is shared). HTTP round trips from a signed-in client, ${RUNS} runs after 3 warm-ups; PostgreSQL is the local test cluster (fsync off).`,
  '',
  ...results.flatMap((r) => [
    `**${r.database}**: ${r.seeded.clients} clients, ${r.seeded.assessments} check-ups, ${r.seeded.respondents} respondents, ${r.seeded.answers} answers` +
      (r.seedSeconds === null ? ' (seed reused from the cache)' : ` (seeded in ${r.seedSeconds} s, ${results.length > 1 ? 'both databases at once' : 'alone'})`) + `; portfolio totalCount ${r.totalCount}.`,
    '',
    '| query | p50 ms | p95 ms |',
    '|---|---|---|',
    ...Object.entries(r.timings).map(([name, t]) => `| ${name} | ${f(t.p50)} | ${f(t.p95)} |`),
    `| one result, empty database (baseline) | ${f(r.baseline.p50)} | ${f(r.baseline.p95)} |`,
    '',
    'Plans of the hot statements:',
    '',
    '```',
    ...r.plans,
    '```',
    '',
  ]),
  'Target: portfolio list, filter and benchmark < 100 ms p50 at 10,000 check-ups; one result as fast as on an empty database.',
  '',
].join('\n');
console.log(report);
record(report);
fs.writeFileSync(path.join(benchDir, 'results', `portfolio-${Date.now()}.json`), JSON.stringify(results, null, 2));
