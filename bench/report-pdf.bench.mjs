// PDF reports: time and size of a full report (a team check-up: 12 respondents in 5 roles,
// comments, every recommendation with action items) in every language, from the running server
// (Chromium warm after the first render). Target: under 1 s warm and under 300 KB.
import fs from 'node:fs';
import path from 'node:path';
import { benchDir, gql, machine, record, startApp } from './lib/servers.mjs';

const RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
const LOCALES = ['en', 'it', 'nl', 'fa'];
const ROLES = ['MANAGEMENT', 'SALES', 'SALES', 'SALES', 'OPERATIONS', 'OPERATIONS', 'OPERATIONS', 'MARKETING', 'MARKETING', 'MARKETING', 'CUSTOMER_CARE', 'PARTNER'];

async function post(url, query, variables, cookie) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('omcheck')) };
}

/** A consultant's team check-up with a full result; returns its id and the session cookie. */
async function fullCheckup(url) {
  const { data: up, cookie } = await post(url, 'mutation($input: SignUpInput!) { signUp(input: $input) { workspaces { id } } }', {
    input: { email: `bench-${Date.now()}@example.org`, password: 'harbour-lights-tuesday', name: 'Bench Consultant', workspaceName: 'Bench Consultancy' },
  });
  const workspaceId = up.signUp.workspaces[0].id;
  const org = await post(url, 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', { input: { workspaceId, name: 'Scheldepack NV' } }, cookie);
  const made = await post(url, 'mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }', { input: { organizationId: org.data.createOrganization.id, title: 'Spring 2026', locale: 'EN' } }, cookie);
  const assessmentId = made.data.createAssessment.id;
  await post(url, 'mutation($input: AssessmentSettingsInput!) { setAssessmentSettings(input: $input) { id } }', { input: { assessmentId, minGroupSize: 2, desiredRelationshipModel: 'STRATEGIC_PARTNERSHIP', targets: [{ dimensionId: 'partnership', score: 70 }] } }, cookie);
  for (const [i, role] of ROLES.entries()) {
    const invited = await post(url, 'mutation($input: InviteRespondentInput!) { inviteRespondent(input: $input) { token } }', { input: { assessmentId, role, label: `${role} ${i}`, locale: 'EN' } }, cookie);
    const token = invited.data.inviteRespondent.token;
    const session = await gql(url, 'query($token: String!) { respondentSession(token: $token) { role questionnaire { key version } } }', { token });
    const q = await gql(url, 'query($key: String!, $version: String) { questionnaire(key: $key, version: $version) { dimensions { questions { id kind roles options { id score } } } } }', session.respondentSession.questionnaire);
    const answers = q.questionnaire.dimensions.flatMap((d) => d.questions)
      .filter((x) => x.kind === 'MATURITY' && (!x.roles || x.roles.includes(role)))
      .map((x, n) => ({ questionId: x.id, optionId: x.options.find((o) => o.score === [0, 25, 50, 75, 100][(i + n) % 5])?.id ?? x.options[0].id, ...(n % 9 === 0 ? { comment: `Comment ${n} from a ${role.toLowerCase()} respondent about how this works in practice.` } : {}) }));
    await gql(url, 'mutation($token: String!, $answers: [AnswerInput!]!) { saveAnswers(token: $token, answers: $answers) { saved } }', { token, answers });
    await gql(url, 'mutation($token: String!) { submitResponses(token: $token) { overallScore } }', { token });
  }
  const result = await post(url, 'query($id: ID!) { assessment(id: $id) { result { recommendations { id } } } }', { id: assessmentId }, cookie);
  for (const [i, r] of result.data.assessment.result.recommendations.entries()) {
    await post(url, 'mutation($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { id } }', { input: { id: r.id, status: i % 3 === 0 ? 'ACCEPTED' : 'PROPOSED' } }, cookie);
    await post(url, 'mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', { input: { recommendationId: r.id, title: `Action ${i + 1}`, owner: 'Ana de Vries', dueDate: '2027-02-15' } }, cookie);
  }
  return { assessmentId, cookie };
}

const app = await startApp();
const rows = [];
try {
  const origin = app.url.replace(/\/graphql$/, '');
  const { assessmentId, cookie } = await fullCheckup(app.url);
  const download = async (locale) => {
    const started = performance.now();
    const response = await fetch(`${origin}/a/${assessmentId}/report.pdf?locale=${locale}`, { headers: { cookie } });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`PDF ${locale}: ${response.status} ${bytes.toString()}`);
    return { ms: performance.now() - started, bytes: bytes.length, pdf: bytes };
  };
  const cold = await download('en');
  for (const locale of LOCALES) {
    const times = [];
    let last;
    for (let i = 0; i < RUNS; i += 1) {
      last = await download(locale);
      times.push(last.ms);
    }
    times.sort((a, b) => a - b);
    fs.mkdirSync(path.join(benchDir, 'results'), { recursive: true });
    fs.writeFileSync(path.join(benchDir, 'results', `report-${locale}.pdf`), last.pdf);
    rows.push({ locale, median: times[Math.floor(times.length / 2)], max: times[times.length - 1], kb: last.bytes / 1024 });
  }
  const report = [
    `### PDF report — ${new Date().toISOString().slice(0, 10)}`,
    '',
    machine(),
    `A full team check-up (12 respondents in 6 roles, comments, every recommendation with an action item), downloaded from \`/a/{id}/report.pdf\` on the running server (SQLite): time to the last byte, ${RUNS} runs per language after one cold render (${Math.round(cold.ms)} ms, Chromium starting).`,
    '',
    '| language | median ms | max ms | size KB |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.locale} | ${Math.round(r.median)} | ${Math.round(r.max)} | ${r.kb.toFixed(0)} |`),
    '',
    'Targets: under 1000 ms warm and under 300 KB in every language.',
    '',
  ].join('\n');
  console.log(report);
  record(report);
} finally {
  await app.stop();
}
