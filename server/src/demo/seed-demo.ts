import { DONT_KNOW_OPTION_ID, levelOptionId, type AnswerValue, type Questionnaire } from '@omcheck/shared';
import type { Logger } from 'pino';
import type { Services } from '../services.js';

/** The demo's private link token: public on purpose, it only ever opens demo data. */
export const DEMO_TOKEN = 'demo-rossi-food-2026';

/**
 * A recognisable profile: a food producer that outsources marketing and logistics, strong on
 * operations, weak on partnership terms and on linking marketing to strategy.
 */
const DEMO_LEVEL_BY_DIMENSION: Record<string, number[]> = {
  strategy: [2, 1, 2, 1, 2, 2, 1, 2, 2],
  partnership: [1, 1, 0, 2, 1, 1, 2, 1, 1],
  lifecycle: [2, 1, 1, 2, 0, 1, 2, 1, 1],
  marketing: [1, 0, 1, 2, 1, 1, 0, 1, 2],
  planning: [3, 3, 2, 3, 2, 2, 3, 2, 3],
  alignment: [2, 1, 2, 1, 2, 2, 1, 2, 2],
  customer: [3, 2, 2, 1, 1, 0, 1, 0, 1],
};

/** Demo answers for every question of the questionnaire (one "don't know" for the gap list). */
export function demoAnswers(questionnaire: Questionnaire): AnswerValue[] {
  const answers: AnswerValue[] = [];
  for (const dimension of questionnaire.dimensions) {
    const levels = DEMO_LEVEL_BY_DIMENSION[dimension.id] ?? [2];
    dimension.questions.forEach((question, index) => {
      if (question.kind === 'maturity') {
        const optionId = dimension.id === 'planning' && index === 4 ? DONT_KNOW_OPTION_ID : levelOptionId(levels[index % levels.length]!);
        answers.push({ questionId: question.id, optionId });
      } else if (question.kind === 'choice') {
        answers.push({ questionId: question.id, optionId: question.options[0]!.id });
      } else if (question.kind === 'multi') {
        answers.push({ questionId: question.id, optionIds: question.options.slice(0, 2).map((o) => o.id) });
      } else {
        answers.push({ questionId: question.id, text: 'We outsource digital marketing and regional logistics.' });
      }
    });
  }
  return answers;
}

/** Creates the demo self-assessment once (submitted, with results); later starts leave it alone. */
export async function seedDemo(services: Services, logger: Logger, baseUrl: string): Promise<void> {
  const exists = await services.sessions.access(DEMO_TOKEN).then(() => true, () => false);
  if (!exists) {
    const access = await services.selfAssessments.start(
      { organizationName: 'Rossi Food S.r.l. (demo)', industry: 'Food processing', size: '50-249', role: 'MANAGEMENT', locale: 'en' },
      DEMO_TOKEN,
    );
    const questionnaire = services.sessions.questionnaireOf(access);
    await services.answers.save(access, questionnaire, demoAnswers(questionnaire));
    await services.results.submit(access, questionnaire, 'en');
  }
  logger.info({ results: `${baseUrl}/r/${DEMO_TOKEN}/results`, answers: `${baseUrl}/r/${DEMO_TOKEN}` }, 'demo assessment ready');
}
