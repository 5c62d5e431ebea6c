import { z } from 'zod';
import { localizedTextSchema } from './locale.js';
import { conditionSchema } from './condition.schema.js';
import { FLAG_IDS, HORIZONS, RECOMMENDATION_FOCUSES, RESPONDENT_ROLES, SEED_FILES, SEVERITIES, TAGS } from './vocabulary.js';

const idSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case kebab-case');
const seedsSchema = z.array(z.enum(SEED_FILES)).min(1);

/**
 * Question kinds:
 * - `maturity`: five level descriptors (0–4) plus *not applicable* and *don't know*; scored.
 * - `choice`: one of the given options; context only, not scored (e.g. "do you sell online?").
 * - `multi`: any of the given options; context only.
 * - `text`: free text; context only.
 */
export const QUESTION_KINDS = ['maturity', 'choice', 'multi', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Option kinds as exposed to clients. */
export const OPTION_KINDS = ['level', 'not_applicable', 'dont_know', 'choice'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

export const choiceOptionSchema = z.object({ id: idSchema, label: localizedTextSchema }).strict();

const questionBase = {
  id: idSchema,
  prompt: localizedTextSchema,
  /** "Why we ask": the seed idea behind the question. */
  help: localizedTextSchema,
  tags: z.array(z.enum(TAGS)),
  seeds: seedsSchema,
  /** Roles the question is addressed to; absent means every role. */
  roles: z.array(z.enum(RESPONDENT_ROLES)).min(1).optional(),
  /** Shown only when this condition (over earlier answers) holds. */
  showIf: conditionSchema.optional(),
};

export const maturityQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.literal('maturity'),
    /** What 0, 1, 2, 3 and 4 look like in practice. */
    levels: z.array(localizedTextSchema).length(5),
    weight: z.number().positive().max(5).default(1),
    /**
     * Whether *not applicable* is offered. Absent means offered (every 1.0.0 question); from 1.1.0
     * it is offered only where it can be true (not on whether a strategy exists).
     */
    allowNotApplicable: z.boolean().optional(),
  })
  .strict();

export const choiceQuestionSchema = z
  .object({
    ...questionBase,
    kind: z.enum(['choice', 'multi']),
    options: z.array(choiceOptionSchema).min(2),
  })
  .strict();

export const textQuestionSchema = z
  .object({ ...questionBase, kind: z.literal('text'), maxLength: z.number().int().positive().max(5000).default(2000) })
  .strict();

export const questionSchema = z.discriminatedUnion('kind', [
  maturityQuestionSchema,
  choiceQuestionSchema,
  textQuestionSchema,
]);

export const dimensionSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    description: localizedTextSchema,
    weight: z.number().positive().max(5),
    /** Why the dimension weighs what it weighs. */
    weightRationale: localizedTextSchema,
    seeds: seedsSchema,
    questions: z.array(questionSchema).min(1),
  })
  .strict();

export const flagDefinitionSchema = z
  .object({
    id: z.enum(FLAG_IDS),
    severity: z.enum(SEVERITIES),
    message: localizedTextSchema,
    condition: conditionSchema,
    seeds: seedsSchema,
  })
  .strict();

export const recommendationDefinitionSchema = z
  .object({
    id: idSchema,
    dimensionId: idSchema,
    title: localizedTextSchema,
    /** What to do and why, for a manager. */
    body: localizedTextSchema,
    /** Concrete first steps. */
    steps: z.array(localizedTextSchema).min(1).max(6),
    horizon: z.enum(HORIZONS),
    /** 1 (nice to have) … 5 (changes the relationship). */
    impact: z.number().int().min(1).max(5),
    seeds: seedsSchema,
    condition: conditionSchema,
    /**
     * What the advice fixes: the business (absent = `business`), or the check-up's own knowledge
     * gaps (`knowledge-gap`), which never crowd business actions out of the top of the list.
     */
    focus: z.enum(RECOMMENDATION_FOCUSES).optional(),
  })
  .strict();

export const questionnaireSchema = z
  .object({
    key: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semver (1.2.3)'),
    title: localizedTextSchema,
    description: localizedTextSchema,
    dimensions: z.array(dimensionSchema).min(1),
    flags: z.array(flagDefinitionSchema),
    recommendations: z.array(recommendationDefinitionSchema),
  })
  .strict();

/** A questionnaire as authored (input of the schema: defaults not yet applied). */
export type QuestionnaireDefinition = z.input<typeof questionnaireSchema>;
/** A validated questionnaire. */
export type Questionnaire = z.output<typeof questionnaireSchema>;
export type Dimension = z.output<typeof dimensionSchema>;
export type Question = z.output<typeof questionSchema>;
export type MaturityQuestion = z.output<typeof maturityQuestionSchema>;
export type ChoiceQuestion = z.output<typeof choiceQuestionSchema>;
export type FlagDefinition = z.output<typeof flagDefinitionSchema>;
export type RecommendationDefinition = z.output<typeof recommendationDefinitionSchema>;
