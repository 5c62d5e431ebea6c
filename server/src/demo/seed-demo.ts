import {
  DONT_KNOW_OPTION_ID, isAddressedTo, levelOptionId,
  type AnswerValue, type Questionnaire, type RespondentRole,
} from '@omcheck/shared';
import type { Logger } from 'pino';
import { writerOf } from '../modules/respondent/respondent.repository.js';
import type { Services } from '../services.js';
import { seedDemoConsultancy } from './seed-demo-consultancy.js';

import { DEMO_TOKEN } from './demo-token.js';

export { DEMO_TOKEN };

/** What the person who started the demo needs to sign in to the console. */
export interface SeededDemo {
  consultantEmail: string;
  consultantPassword: string;
}

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

/** How a role sees a dimension differently from management: the perception gaps of the demo. */
export type LevelShift = Partial<Record<string, number>>;

/**
 * Demo answers for every question addressed to `role` (one "don't know" for the gap list);
 * `shift` moves a dimension's levels up or down, within 0–4.
 */
export function demoAnswers(questionnaire: Questionnaire, role: RespondentRole = 'MANAGEMENT', shift: LevelShift = {}): AnswerValue[] {
  const answers: AnswerValue[] = [];
  for (const dimension of questionnaire.dimensions) {
    const levels = DEMO_LEVEL_BY_DIMENSION[dimension.id] ?? [2];
    dimension.questions.forEach((question, index) => {
      if (!isAddressedTo(question, role)) return;
      if (question.kind === 'maturity') {
        const level = Math.min(4, Math.max(0, levels[index % levels.length]! + (shift[dimension.id] ?? 0)));
        const optionId = dimension.id === 'planning' && index === 4 ? DONT_KNOW_OPTION_ID : levelOptionId(level);
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

/**
 * Creates the demo once: a submitted self-assessment, and a consultancy with three clients and a
 * team check-up. Later starts leave existing demo data alone.
 */
export async function seedDemo(services: Services, logger: Logger, baseUrl: string): Promise<SeededDemo> {
  const exists = await services.sessions.access(DEMO_TOKEN).then(() => true, () => false);
  if (!exists) {
    await services.selfAssessments.start(
      { organizationName: 'Rossi Food S.r.l. (demo)', industry: 'Food processing', size: '50-249', role: 'MANAGEMENT', locale: 'en' },
      DEMO_TOKEN,
    );
    const access = await services.sessions.access(DEMO_TOKEN);
    await services.answers.save(writerOf(access), services.sessions.questionnaireOf(access), demoAnswers(services.sessions.questionnaireOf(access)));
    await services.results.submit(access);
  }
  const consultant = await seedDemoConsultancy(services);
  logger.info({ results: `${baseUrl}/r/${DEMO_TOKEN}/results`, console: `${baseUrl}/sign-in`, email: consultant.consultantEmail }, 'demo ready');
  return consultant;
}
