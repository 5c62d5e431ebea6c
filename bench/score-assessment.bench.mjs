// Micro benchmark: scoring the real questionnaire for 10 respondents (DESIGN §9: well under 1 ms).
// Uses the built shared package (pnpm build first). Prints mean and p99 per scoring.
import os from 'node:os';
import { DONT_KNOW_OPTION_ID, NOT_APPLICABLE_OPTION_ID, findQuestionnaire, levelOptionId, scoreAssessment } from '@omcheck/shared';

const questionnaire = findQuestionnaire('om-health-check');
const roles = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'PARTNER', 'OTHER'];
const questions = questionnaire.dimensions.flatMap((d) => d.questions);
const respondents = Array.from({ length: 10 }, (_, r) => ({
  respondentId: `r${r}`,
  role: roles[r % roles.length],
  answers: new Map(questions.map((q, i) => {
    if (q.kind === 'maturity') {
      const pick = (i + r) % 7;
      const optionId = pick < 5 ? levelOptionId(pick) : pick === 5 ? NOT_APPLICABLE_OPTION_ID : DONT_KNOW_OPTION_ID;
      return [q.id, { questionId: q.id, optionId }];
    }
    if (q.kind === 'choice') return [q.id, { questionId: q.id, optionId: q.options[0].id }];
    if (q.kind === 'multi') return [q.id, { questionId: q.id, optionIds: [q.options[0].id] }];
    return [q.id, { questionId: q.id, text: 'text' }];
  })),
}));

for (let i = 0; i < 2000; i += 1) scoreAssessment(questionnaire, respondents);
const samples = [];
for (let i = 0; i < 20000; i += 1) {
  const started = process.hrtime.bigint();
  scoreAssessment(questionnaire, respondents);
  samples.push(Number(process.hrtime.bigint() - started) / 1e6);
}
samples.sort((a, b) => a - b);
const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
const p = (q) => samples[Math.floor(q * (samples.length - 1))];
console.log(`### scoreAssessment micro benchmark — ${new Date().toISOString().slice(0, 10)}\n`);
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}.`);
console.log(`${questions.length} questions × ${respondents.length} respondents, 20 000 runs after 2 000 warm-up.\n`);
console.log(`| mean ms | p50 ms | p99 ms |\n|---|---|---|\n| ${mean.toFixed(3)} | ${p(0.5).toFixed(3)} | ${p(0.99).toFixed(3)} |\n`);
