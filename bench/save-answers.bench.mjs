// Load benchmark of saveAnswers on the real server (SQLite) against a bare Apollo Server
// answering a constant on the same HTTP stack, in the same run. Both servers run as separate
// processes; autocannon drives them from this one. Results go to docs/performance.md.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SESSIONS = 50;

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

async function gql(url, query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function run(url, requestFor) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: DURATION,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(requestFor()) }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const SAVE = 'mutation Save($token: String!, $answers: [AnswerInput!]!) { saveAnswers(token: $token, answers: $answers) { saved progress { answered total } } }';

const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-bench-'));
const app = await startProcess([path.join(root, 'server/dist/main.js')], {
  PORT: '0', HOST: '127.0.0.1', DATABASE_URL: path.join(dbDir, 'bench.sqlite'), LOG_LEVEL: 'info', NODE_ENV: 'production',
  // Load tests measure the server, not the limits that protect it.
  RATE_LIMITS: 'off',
}, /"url":"http:\/\/127\.0\.0\.1:(\d+)"/);
const bare = await startProcess([path.join(here, 'bare-apollo.mjs')], { PORT: '0' }, /"port":(\d+)/);
const appUrl = `http://127.0.0.1:${app.port}/graphql`;
const bareUrl = `http://127.0.0.1:${bare.port}/graphql`;

try {
  const sessions = [];
  for (let i = 0; i < SESSIONS; i += 1) {
    const data = await gql(appUrl, 'mutation { startSelfAssessment(input: { role: MANAGEMENT, locale: EN }) { token questionnaire { dimensions { questions { id kind } } } } }');
    sessions.push(data.startSelfAssessment);
  }
  const questions = sessions[0].questionnaire.dimensions.flatMap((d) => d.questions.filter((q) => q.kind === 'MATURITY').map((q) => q.id));
  let n = 0;
  const saveRequest = () => {
    n += 1;
    const token = sessions[n % SESSIONS].token;
    return { query: SAVE, variables: { token, answers: [{ questionId: questions[n % questions.length], optionId: `l${n % 5}` }] } };
  };
  await run(appUrl, saveRequest); // warm-up passes, discarded
  await run(bareUrl, saveRequest);
  const ceiling = await run(bareUrl, saveRequest);
  const real = await run(appUrl, saveRequest);
  if (ceiling.non2xx + ceiling.errors > 0 || real.non2xx + real.errors > 0) {
    throw new Error(`a run had failed requests (ceiling ${ceiling.non2xx + ceiling.errors}, app ${real.non2xx + real.errors}): the numbers are not comparable`);
  }
  const row = (name, r) => `| ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`;
  const ratio = ceiling.requests.average / real.requests.average;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const report = [
    `### saveAnswers load test — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `autocannon, ${CONNECTIONS} connections, ${DURATION} s per run after a ${DURATION} s warm-up; one answer per request, ${SESSIONS} respondents, SQLite (WAL) file.`,
    '',
    '| server | req/s | p50 ms | p99 ms | errors |',
    '|---|---|---|---|---|',
    row('bare Apollo Server, constant (ceiling)', ceiling),
    row('OM Check-up saveAnswers (SQLite)', real),
    '',
    `Ratio ceiling ÷ saveAnswers: **${ratio.toFixed(2)}×** (target ≤ 2×); p99 target < 25 ms.`,
    '',
  ].join('\n');
  console.log(report);
  fs.mkdirSync(path.join(here, 'results'), { recursive: true });
  fs.writeFileSync(path.join(here, 'results', `save-answers-${Date.now()}.json`), JSON.stringify({ ceiling, real, ratio }, null, 2));
  if (process.argv.includes('--record')) {
    const doc = path.join(root, 'docs/performance.md');
    fs.appendFileSync(doc, `\n${report}`);
    console.log(`appended to ${doc}`);
  }
} finally {
  app.child.kill('SIGTERM');
  bare.child.kill('SIGTERM');
  fs.rmSync(dbDir, { recursive: true, force: true });
}
