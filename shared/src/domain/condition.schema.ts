import { z } from 'zod';
import { FLAG_IDS, TAGS } from './vocabulary.js';

/** A numeric comparison; every bound given must hold. */
export const comparisonSchema = z
  .object({
    lt: z.number().optional(),
    lte: z.number().optional(),
    gt: z.number().optional(),
    gte: z.number().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, { message: 'a comparison needs at least one bound' });
export type Comparison = z.infer<typeof comparisonSchema>;

/**
 * A condition is JSON data, never code: rules, flags and `showIf` are all written with it.
 * Scores compared are on the 0–100 scale except `question` (the 0–4 maturity of the answer)
 * and `customerFocusStage` (0–4); `dontKnowShare` is the percentage of scored answers that
 * were "don't know".
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; is: string[] }
  | { question: string; score: Comparison }
  | { question: string; dontKnow: true }
  | { dimension: string; score: Comparison }
  | { tag: string; score: Comparison }
  | { overall: Comparison }
  | { holism: Comparison }
  | { customerFocusStage: Comparison }
  | { flag: (typeof FLAG_IDS)[number] }
  | { dontKnowShare: Comparison };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ question: z.string().min(1), is: z.array(z.string().min(1)).min(1) }).strict(),
    z.object({ question: z.string().min(1), score: comparisonSchema }).strict(),
    z.object({ question: z.string().min(1), dontKnow: z.literal(true) }).strict(),
    z.object({ dimension: z.string().min(1), score: comparisonSchema }).strict(),
    z.object({ tag: z.enum(TAGS), score: comparisonSchema }).strict(),
    z.object({ overall: comparisonSchema }).strict(),
    z.object({ holism: comparisonSchema }).strict(),
    z.object({ customerFocusStage: comparisonSchema }).strict(),
    z.object({ flag: z.enum(FLAG_IDS) }).strict(),
    z.object({ dontKnowShare: comparisonSchema }).strict(),
  ]),
);
