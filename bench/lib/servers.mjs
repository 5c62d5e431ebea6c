// Starting the servers under test as child processes, and the few GraphQL calls the benchmarks share.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const root = path.resolve(benchDir, '..');

/**
 * The Node flags `pnpm start` runs the server with (the root package.json's start script): the
 * benchmarks measure the server as it is run, and give the ceiling the same runtime.
 */
export const SERVER_NODE_FLAGS = (() => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const flagsOf = (name, args) => {
    const match = new RegExp(`^(?:exec\\s+)?node((?:\\s+--\\S+)*)\\s+server/dist/main\\.js${args}$`).exec(scripts[name] ?? '');
    if (!match) throw new Error(`cannot read the server's Node flags from the ${name} script "${scripts[name]}"`);
    return match[1].trim().split(/\s+/).filter(Boolean);
  };
  const flags = flagsOf('start', '');
  // The browser benchmarks run the demo: it must be the same server.
  if (flagsOf('start:demo', ' --demo').join(' ') !== flags.join(' ')) throw new Error('the start and start:demo scripts run Node with different flags');
  return flags;
})();

function startProcess(args, env, readyPattern) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const match = buffer.match(readyPattern);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`${args[0]} exited with ${code}: ${buffer}`)));
  });
}

function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * The real server in production mode on a fresh database: a temporary SQLite file, or a new
 * database on the PostgreSQL server at `postgresUrl`; or on an existing `databaseUrl`, which is
 * kept. Rate limits are off: load tests measure the server, not the limits that protect it.
 */
export async function startApp({ postgresUrl, databaseUrl: existing } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-bench-'));
  let databaseUrl = existing ?? path.join(dir, 'bench.sqlite');
  let dropDatabase = async () => {};
  if (postgresUrl && !existing) {
    const { default: pg } = await import('pg');
    const name = `bench_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  const { child, port } = await startProcess([...SERVER_NODE_FLAGS, path.join(root, 'server/dist/main.js')], {
    PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', NODE_ENV: 'production', RATE_LIMITS: 'off',
  }, /"url":"http:\/\/127\.0\.0\.1:(\d+)"/);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    database: databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite (WAL)',
    databaseUrl,
    pid: child.pid,
    async stop() {
      await stopProcess(child);
      await dropDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The ceiling: a bare Apollo Server answering a constant on the same HTTP stack. */
export async function startBare() {
  const { child, port } = await startProcess([...SERVER_NODE_FLAGS, path.join(benchDir, 'bare-apollo.mjs')], { PORT: '0' }, /"port":(\d+)/);
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => stopProcess(child) };
}

/** The test PostgreSQL cluster (scripts/start-postgres.sh), started if needed; null without PostgreSQL binaries. */
export async function postgresUrl() {
  if (process.env.BENCH_POSTGRES_URL) return process.env.BENCH_POSTGRES_URL;
  const { execFileSync } = await import('node:child_process');
  try {
    const out = execFileSync('bash', [path.join(root, 'scripts/start-postgres.sh')], { encoding: 'utf8' });
    return out.trim().split('\n').pop();
  } catch {
    return null;
  }
}

/**
 * Runs `measure(app)` on a fresh app on SQLite, then on PostgreSQL when one is available; the
 * results in that order. Each app is stopped even when its measurement fails.
 */
export async function onEachDatabase(measure) {
  const results = [];
  for (const pgUrl of [undefined, await postgresUrl()]) {
    if (pgUrl === null) {
      console.log('PostgreSQL not available: skipped');
      continue;
    }
    const app = await startApp({ postgresUrl: pgUrl });
    try {
      results.push(await measure(app));
    } finally {
      await app.stop();
    }
  }
  return results;
}

export async function gql(url, query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export const START = 'mutation Start($input: StartSelfAssessmentInput!) { startSelfAssessment(input: $input) { token } }';
export const SAVE = 'mutation SaveAnswers($token: String!, $answers: [AnswerInput!]!) { saveAnswers(token: $token, answers: $answers) { saved progress { answered total } } }';
const QUESTIONS = 'query Questions { questionnaire(key: "om-health-check") { dimensions { questions { id kind roles } } } }';

/** The ids of the maturity questions every MANAGEMENT respondent is asked. */
export async function managementQuestionIds(url) {
  const data = await gql(url, QUESTIONS);
  return data.questionnaire.dimensions.flatMap((d) => d.questions.filter((q) => q.kind === 'MATURITY' && (!q.roles || q.roles.includes('MANAGEMENT'))).map((q) => q.id));
}

/** Machine line for docs/performance.md. */
export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`;
}

export function record(report) {
  fs.mkdirSync(path.join(benchDir, 'results'), { recursive: true });
  if (process.argv.includes('--record')) {
    const doc = path.join(root, 'docs/performance.md');
    fs.appendFileSync(doc, `\n${report}`);
    console.log(`appended to ${doc}`);
  }
}
