// Load benchmark of saveAnswers on the real server against a bare Apollo Server answering a
// constant on the same HTTP stack (the ceiling), alternating in the same run so noise on this
// shared machine hits both alike. SQLite (the default), then PostgreSQL when available.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { SAVE, START, benchDir, gql, machine, managementQuestionIds, onEachDatabase, record, startBare } from './lib/servers.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
/** Long enough for the JIT and the database's caches (thousands of requests), short enough to keep `pnpm bench` under ten minutes. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 10;
const SESSIONS = 50;

function load(url, requestFor, duration = DURATION) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url, connections: CONNECTIONS, duration, method: 'POST', headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(requestFor()) }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Alternating rounds against one database; returns medians of req/s and latencies. */
async function measure(app, bare) {
  const tokens = [];
  for (let i = 0; i < SESSIONS; i += 1) tokens.push((await gql(app.url, START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment.token);
  const questions = await managementQuestionIds(app.url);
  let n = 0;
  const saveRequest = () => {
    n += 1;
    return { query: SAVE, variables: { token: tokens[n % SESSIONS], answers: [{ questionId: questions[n % questions.length], optionId: `l${n % 5}` }] } };
  };
  await load(app.url, saveRequest, WARMUP); // warm-up, discarded
  await load(bare.url, saveRequest, WARMUP);
  const runs = { ceiling: [], app: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.ceiling.push(await load(bare.url, saveRequest));
    runs.app.push(await load(app.url, saveRequest));
  }
  for (const r of [...runs.ceiling, ...runs.app]) {
    if (r.non2xx + r.errors > 0) throw new Error(`a run had ${r.non2xx + r.errors} failed requests: the numbers are not comparable`);
  }
  const summary = (list) => ({
    rps: median(list.map((r) => r.requests.average)),
    p50: median(list.map((r) => r.latency.p50)),
    p99: median(list.map((r) => r.latency.p99)),
    perRound: list.map((r) => Math.round(r.requests.average)),
  });
  const ceiling = summary(runs.ceiling);
  const real = summary(runs.app);
  return { database: app.database, ceiling, real, ratio: ceiling.rps / real.rps, ratios: runs.ceiling.map((c, i) => c.requests.average / runs.app[i].requests.average) };
}

let results;
const bare = await startBare();
try {
  results = await onEachDatabase((app) => measure(app, bare));
} finally {
  await bare.stop();
}

const rows = results.flatMap((r) => [
  `| ${r.database} | bare Apollo Server, constant (ceiling) | ${Math.round(r.ceiling.rps)} (${r.ceiling.perRound.join(', ')}) | ${r.ceiling.p50} | ${r.ceiling.p99} | |`,
  `| ${r.database} | OM Check-up saveAnswers | ${Math.round(r.real.rps)} (${r.real.perRound.join(', ')}) | ${r.real.p50} | ${r.real.p99} | **${r.ratio.toFixed(2)}×** (rounds ${r.ratios.map((x) => x.toFixed(2)).join(', ')}) |`,
]);
const report = [
  `### saveAnswers load test — ${new Date().toISOString().slice(0, 10)}`,
  '',
  machine(),
  `autocannon, ${CONNECTIONS} connections, one answer per request, ${SESSIONS} respondents; after a ${WARMUP} s warm-up of each server, ${ROUNDS} rounds of ${DURATION} s alternating ceiling and app. Medians of the rounds (each round's req/s in brackets). PostgreSQL is the local test cluster (fsync off).`,
  '',
  '| database | server | req/s | p50 ms | p99 ms | ceiling ÷ app |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
  'Targets: ceiling ÷ saveAnswers ≤ 2× and p99 < 25 ms on SQLite.',
  '',
].join('\n');
console.log(report);
record(report);
fs.writeFileSync(path.join(benchDir, 'results', `save-answers-${Date.now()}.json`), JSON.stringify(results, null, 2));
