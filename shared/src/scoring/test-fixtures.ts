// Test support: a small questionnaire that exercises every feature of the format, and helpers
// to write answers tersely. Not exported from the package index.
import type { AnswerValue, RespondentAnswers } from '../domain/answer.js';
import type { LocalizedText } from '../domain/locale.js';
import type { Questionnaire, QuestionnaireDefinition } from '../domain/questionnaire.schema.js';
import type { RespondentRole, SeedFile, Tag } from '../domain/vocabulary.js';
import { validateQuestionnaire } from '../domain/validate-questionnaire.js';

const SEED: SeedFile = '000_771def5f3f0c7c25.txt';

/** Localized text with every locale filled in (so locale independence can be tested). */
export function text(en: string): LocalizedText {
  return { en, it: `${en} (it)`, nl: `${en} (nl)`, fa: `${en} (fa)` };
}

const LEVELS = [0, 1, 2, 3, 4].map((level) => text(`level ${level}`));

function maturity(id: string, tags: Tag[], extra: { weight?: number; roles?: RespondentRole[]; showIf?: unknown } = {}) {
  return { id, kind: 'maturity' as const, prompt: text(`Prompt ${id}`), help: text(`Help ${id}`), tags, seeds: [SEED], levels: LEVELS, ...extra };
}

function dimension(id: string, weight: number, questions: unknown[]) {
  return { id, title: text(id), description: text(`About ${id}`), weight, weightRationale: text('why'), seeds: [SEED], questions };
}

function recommendation(id: string, dimensionId: string, impact: number, horizon: string, condition: unknown) {
  return { id, dimensionId, title: text(id), body: text(`Do ${id}`), steps: [text('first step')], horizon, impact, seeds: [SEED], condition };
}

/**
 * Four dimensions (weights 2, 1, 1, 1.5), eleven maturity questions, a choice question that
 * gates an e-commerce question (`showIf`), a multi and a text question, a question not asked to
 * the partner, the four customer-focus stages, flags that refer to earlier flags, and ten
 * recommendations. The worked example of docs/scoring.md uses it.
 */
export const fixtureDefinition = {
  key: 'fixture-check',
  version: '1.0.0',
  title: text('Fixture check'),
  description: text('A small questionnaire for tests'),
  dimensions: [
    dimension('strategy', 2, [
      maturity('strategy-shared', ['strategy', 'linkage'], { weight: 2 }),
      maturity('strategy-translated', ['strategy', 'linkage']),
      { id: 'sells-online', kind: 'choice', prompt: text('Do you sell online?'), help: text('Gate'), tags: ['ecommerce'], seeds: [SEED],
        options: [{ id: 'yes', label: text('Yes') }, { id: 'no', label: text('No') }] },
      { id: 'strategy-notes', kind: 'text', prompt: text('Notes'), help: text('Free text'), tags: [], seeds: [SEED], maxLength: 50 },
    ]),
    dimension('partnership', 1, [
      maturity('partner-kpi-flexibility', ['kpi', 'flexibility']),
      maturity('partner-trust', ['trust', 'partnership']),
      maturity('internal-sales-meetings', ['dialogue', 'meeting-cadence'], { roles: ['MANAGEMENT', 'SALES', 'OPERATIONS'] }),
    ]),
    dimension('marketing', 1, [
      { id: 'channels', kind: 'multi', prompt: text('Channels'), help: text('Context'), tags: ['marketing'], seeds: [SEED],
        options: [{ id: 'web', label: text('Web') }, { id: 'shop', label: text('Shop') }, { id: 'phone', label: text('Phone') }] },
      maturity('ecommerce-care', ['ecommerce', 'customer-care'], { weight: 1.5, showIf: { question: 'sells-online', is: ['yes'] } }),
      maturity('marketing-with-sales', ['marketing', 'linkage']),
    ]),
    dimension('customer', 1.5, [
      maturity('customer-repository', ['stage-1', 'customer-data']),
      maturity('customer-analytics', ['stage-2', 'analytics']),
      maturity('customer-predictive', ['stage-3', 'predictive']),
      maturity('customer-insight-daily', ['stage-4', 'customer-insight']),
    ]),
  ],
  flags: [
    { id: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE', severity: 'HIGH', message: text('E-commerce without care'), seeds: [SEED],
      condition: { all: [{ question: 'sells-online', is: ['yes'] }, { question: 'ecommerce-care', score: { lt: 2 } }] } },
    { id: 'STRATEGY_NOT_TRANSLATED', severity: 'HIGH', message: text('Strategy not translated'), seeds: [SEED],
      condition: { question: 'strategy-translated', score: { lte: 1 } } },
    { id: 'STAGE_SKIPPING', severity: 'MEDIUM', message: text('Stages skipped'), seeds: [SEED],
      condition: { all: [
        { any: [{ tag: 'stage-3', score: { gte: 60 } }, { tag: 'stage-4', score: { gte: 60 } }] },
        { tag: 'stage-1', score: { lt: 60 } },
      ] } },
    { id: 'KNOWLEDGE_GAP', severity: 'LOW', message: text('Many unknowns'), seeds: [SEED], condition: { dontKnowShare: { gte: 25 } } },
    { id: 'NO_SALES_OPS_DIALOGUE', severity: 'MEDIUM', message: text('No dialogue'), seeds: [SEED],
      condition: { all: [{ flag: 'STRATEGY_NOT_TRANSLATED' }, { question: 'internal-sales-meetings', score: { lt: 2 } }] } },
  ],
  recommendations: [
    recommendation('fix-ecommerce-care', 'marketing', 5, 'QUICK_WIN', { flag: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE' }),
    recommendation('translate-strategy', 'strategy', 4, 'NEXT_90_DAYS',
      { any: [{ flag: 'STRATEGY_NOT_TRANSLATED' }, { dimension: 'strategy', score: { lt: 50 } }] }),
    recommendation('start-customer-repository', 'customer', 3, 'STRATEGIC', { customerFocusStage: { lt: 1 } }),
    recommendation('close-knowledge-gaps', 'strategy', 2, 'QUICK_WIN', { flag: 'KNOWLEDGE_GAP' }),
    recommendation('loosen-kpis', 'partnership', 3, 'NEXT_90_DAYS', { tag: 'flexibility', score: { lt: 50 } }),
    recommendation('link-the-parts', 'strategy', 4, 'STRATEGIC', { holism: { lt: 50 } }),
    recommendation('build-trust', 'partnership', 2, 'NEXT_90_DAYS', { not: { question: 'partner-trust', is: ['l3', 'l4'] } }),
    recommendation('keep-momentum', 'partnership', 1, 'QUICK_WIN', { overall: { gte: 75 } }),
    recommendation('fix-the-base', 'customer', 4, 'STRATEGIC', { flag: 'STAGE_SKIPPING' }),
    recommendation('meet-monthly', 'partnership', 3, 'QUICK_WIN', { question: 'internal-sales-meetings', dontKnow: true }),
  ],
} as unknown as QuestionnaireDefinition;

/** Validates a definition or throws with the validator's errors (test set-up only). */
export function mustValidate(definition: unknown): Questionnaire {
  const result = validateQuestionnaire(definition);
  if (!result.ok) throw new Error(`invalid test questionnaire:\n${result.errors.join('\n')}`);
  return result.questionnaire;
}

export const fixtureQuestionnaire: Questionnaire = mustValidate(fixtureDefinition);

/** A fresh deep copy of the fixture definition, to break in validation tests. */
export function fixtureCopy(): Record<string, any> {
  return JSON.parse(JSON.stringify(fixtureDefinition)) as Record<string, any>;
}

/**
 * A respondent from terse answers: a string is an option id, an array is a multi selection,
 * an object is the answer itself.
 */
export function respondent(
  role: RespondentRole,
  answers: Record<string, string | string[] | Omit<AnswerValue, 'questionId'>>,
  respondentId = `${role.toLowerCase()}-1`,
): RespondentAnswers {
  const map = new Map<string, AnswerValue>();
  for (const [questionId, value] of Object.entries(answers)) {
    if (typeof value === 'string') map.set(questionId, { questionId, optionId: value });
    else if (Array.isArray(value)) map.set(questionId, { questionId, optionIds: value });
    else map.set(questionId, { questionId, ...value });
  }
  return { respondentId, role, answers: map };
}

/** The answers of one respondent as a map (for visibility and progress). */
export function answerMap(answers: Record<string, string | string[] | Omit<AnswerValue, 'questionId'>>): ReadonlyMap<string, AnswerValue> {
  return respondent('MANAGEMENT', answers).answers;
}

/** The single respondent of the worked example in docs/scoring.md. */
export const workedExample: RespondentAnswers = respondent('MANAGEMENT', {
  'strategy-shared': 'l3',
  'strategy-translated': 'l1',
  'sells-online': 'yes',
  'partner-kpi-flexibility': 'l1',
  'partner-trust': 'l2',
  'internal-sales-meetings': 'dk',
  channels: ['web'],
  'ecommerce-care': 'l1',
  'marketing-with-sales': 'na',
  'customer-repository': 'l2',
  'customer-analytics': 'l4',
  'customer-predictive': 'l3',
});
