// Many respondents at once: 200 people arrive over a few seconds, each starts a self-assessment
// the way the web client does (start, open the session, load the questionnaire), then autosaves
// one answer at a time with a short think time. Latency per kind of request, SQLite then
// PostgreSQL. Target: p99 under 250 ms and no request over 1 s, for saves and starts alike.
import fs from 'node:fs';
import path from 'node:path';
import { SAVE, START, benchDir, machine, managementQuestionIds, onEachDatabase, record } from './lib/servers.mjs';

const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 200);
const RAMP_MS = Number(process.env.BENCH_RAMP_MS ?? 5000);
const DURATION_MS = Number(process.env.BENCH_MANY_DURATION_MS ?? 30000);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 500);

// Node's fetch opens as many keep-alive connections as there are requests in flight: up to one
// per respondent, as 200 browsers would have.

const SESSION = 'query RespondentSession($token: String!) { respondentSession(token: $token) { token role progress { answered total } answers { questionId optionId optionIds text comment } questionnaire { key version } } }';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(samples, kind, url, query, variables) {
  const started = performance.now();
  let ok = false;
  let data;
  try {
    const response = query
      ? await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body: JSON.stringify({ query, variables }) })
      : await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    const body = await response.json();
    ok = response.ok && !body.errors;
    data = body.data ?? body;
  } catch {
    ok = false;
  }
  samples.push({ kind, ms: performance.now() - started, ok });
  return data;
}

async function respondent(index, url, questions, samples, deadline) {
  await sleep((index * RAMP_MS) / RESPONDENTS);
  const started = await timed(samples, 'start', url, START, { input: { role: 'MANAGEMENT', locale: 'EN', organizationName: `Load ${index}` } });
  const token = started?.startSelfAssessment?.token;
  if (!token) return;
  const session = await timed(samples, 'open', url, SESSION, { token });
  const { key, version } = session?.respondentSession?.questionnaire ?? {};
  // The web client loads the content as a plain GET, cacheable and compressed once on the server.
  await timed(samples, 'open', `${url.replace(/\/graphql$/, '')}/api/questionnaire-content?key=${encodeURIComponent(key)}&version=${version}&locale=en`);
  let n = index;
  while (performance.now() < deadline) {
    await sleep(THINK_MS / 2 + Math.random() * THINK_MS);
    n += 1;
    await timed(samples, 'save', url, SAVE, { token, answers: [{ questionId: questions[n % questions.length], optionId: `l${n % 5}` }] });
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(app) {
  const questions = await managementQuestionIds(app.url);
  const samples = [];
  const deadline = performance.now() + DURATION_MS;
  await Promise.all(Array.from({ length: RESPONDENTS }, (_, i) => respondent(i, app.url, questions, samples, deadline)));
  const byKind = {};
  for (const kind of ['start', 'open', 'save']) {
    const list = samples.filter((s) => s.kind === kind);
    const ms = list.map((s) => s.ms).sort((a, b) => a - b);
    byKind[kind] = { count: list.length, errors: list.filter((s) => !s.ok).length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms[ms.length - 1] };
  }
  return { database: app.database, byKind };
}

const results = await onEachDatabase(measure);

const fmt = (x) => x.toFixed(0);
const report = [
  `### Many respondents at once — ${new Date().toISOString().slice(0, 10)}`,
  '',
  machine(),
  `${RESPONDENTS} respondents arriving over ${RAMP_MS / 1000} s, one connection each; each starts a self-assessment like the web client (start, then open: session + questionnaire) and autosaves one answer every ${THINK_MS / 2}–${(THINK_MS * 3) / 2} ms (far faster than people answer) until ${DURATION_MS / 1000} s have passed. PostgreSQL is the local test cluster (fsync off).`,
  '',
  '| database | request | count | errors | p50 ms | p99 ms | max ms |',
  '|---|---|---|---|---|---|---|',
  ...results.flatMap((r) => Object.entries(r.byKind).map(([kind, k]) => `| ${r.database} | ${kind} | ${k.count} | ${k.errors} | ${fmt(k.p50)} | ${fmt(k.p99)} | ${fmt(k.max)} |`)),
  '',
  'Targets: p99 < 250 ms and max < 1000 ms for saves and starts.',
  '',
].join('\n');
console.log(report);
record(report);
fs.writeFileSync(path.join(benchDir, 'results', `many-respondents-${Date.now()}.json`), JSON.stringify(results, null, 2));
