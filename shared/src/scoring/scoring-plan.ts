import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { QuestionIndexEntry } from '../domain/question-index.js';
import { questionsInOrder } from '../domain/question-index.js';

/** Per-questionnaire lookups precomputed once, so scoring is a few linear passes. */
export interface ScoringPlan {
  entries: readonly QuestionIndexEntry[];
  /** Dimension position of each question (questionnaire order). */
  dimensionOf: Int32Array;
  /** Weight of each maturity question; 0 for context questions (choice, multi, text). */
  weightOf: Float64Array;
  /** Question positions carrying each tag (maturity questions only: only they have scores). */
  questionsByTag: ReadonlyMap<string, readonly number[]>;
  dimensionPosition: ReadonlyMap<string, number>;
  maxDimensionWeight: number;
}

const plans = new WeakMap<Questionnaire, ScoringPlan>();

/** The scoring plan of a questionnaire, memoised per questionnaire object. */
export function scoringPlan(questionnaire: Questionnaire): ScoringPlan {
  let plan = plans.get(questionnaire);
  if (!plan) {
    plan = buildPlan(questionnaire);
    plans.set(questionnaire, plan);
  }
  return plan;
}

function buildPlan(questionnaire: Questionnaire): ScoringPlan {
  const entries = questionsInOrder(questionnaire);
  const dimensionPosition = new Map(questionnaire.dimensions.map((d, i) => [d.id, i] as const));
  const dimensionOf = new Int32Array(entries.length);
  const weightOf = new Float64Array(entries.length);
  const questionsByTag = new Map<string, number[]>();
  entries.forEach(({ question, dimension }, i) => {
    dimensionOf[i] = dimensionPosition.get(dimension.id) ?? 0;
    if (question.kind !== 'maturity') return;
    weightOf[i] = question.weight;
    for (const tag of question.tags) {
      const list = questionsByTag.get(tag);
      if (list) list.push(i);
      else questionsByTag.set(tag, [i]);
    }
  });
  const maxDimensionWeight = Math.max(...questionnaire.dimensions.map((d) => d.weight));
  return { entries, dimensionOf, weightOf, questionsByTag, dimensionPosition, maxDimensionWeight };
}
