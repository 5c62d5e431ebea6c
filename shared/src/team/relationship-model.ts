import type { RespondentAnswers } from '../domain/answer.js';
import { questionIndex } from '../domain/question-index.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { Tag } from '../domain/vocabulary.js';
import { levelOf } from '../scoring/answer-level.js';
import { RELATIONSHIP_MODELS, type RelationshipModel } from '../workspace/vocabulary.js';

export { RELATIONSHIP_MODELS, type RelationshipModel };

/** One condition of a model: the mean level (0–4) of a tag's partnership and lifecycle questions. */
export interface RelationshipCondition {
  tag: Tag;
  minLevel: number;
}

/** The rules, as data: a company runs a model when every condition holds (checked from the top). */
export const RELATIONSHIP_RULES: ReadonlyArray<{ model: RelationshipModel; conditions: readonly RelationshipCondition[]; seeds: readonly string[] }> = [
  {
    model: 'STRATEGIC_PARTNERSHIP',
    conditions: [
      { tag: 'shared-goals', minLevel: 3 }, { tag: 'trust', minLevel: 3 }, { tag: 'flexibility', minLevel: 2.5 },
      { tag: 'knowledge-transfer', minLevel: 2.5 }, { tag: 'long-term-planning', minLevel: 2.5 },
    ],
    seeds: ['002_454879f926d32761.txt', '000_771def5f3f0c7c25.txt'],
  },
  {
    model: 'OUTCOME_BASED',
    conditions: [{ tag: 'shared-goals', minLevel: 2 }, { tag: 'financial-model', minLevel: 2.5 }, { tag: 'kpi', minLevel: 2.5 }],
    seeds: ['002_454879f926d32761.txt'],
  },
  {
    model: 'PREFERRED_SUPPLIER',
    conditions: [{ tag: 'trust', minLevel: 2 }, { tag: 'long-term-planning', minLevel: 2 }],
    seeds: ['002_454879f926d32761.txt', '000_771def5f3f0c7c25.txt'],
  },
];

/** A condition as found in the answers: the evidence shown under "desired versus current". */
export interface RelationshipEvidence {
  tag: Tag;
  /** Mean level 0–4 of the tag's level answers; null when nobody answered them with a level. */
  level: number | null;
  minLevel: number;
  met: boolean;
  /** The questions that carry the tag, for linking to them. */
  questionIds: string[];
}

export interface RelationshipClassification {
  current: RelationshipModel;
  desired: RelationshipModel | null;
  /** The conditions of the desired model (or of the next model up when none is set). */
  evidence: RelationshipEvidence[];
  /** True when the company runs a less integrated relationship than it wants. */
  behindDesired: boolean;
}

const DIMENSIONS = new Set(['partnership', 'lifecycle']);

/** Mean level per tag over the partnership and lifecycle questions (level answers only). */
export function relationshipTagLevels(questionnaire: Questionnaire, respondents: readonly RespondentAnswers[]): Map<Tag, { level: number | null; questionIds: string[] }> {
  const sums = new Map<Tag, { total: number; count: number; questionIds: string[] }>();
  for (const { question, dimension } of questionIndex(questionnaire).values()) {
    if (!DIMENSIONS.has(dimension.id) || question.kind !== 'maturity') continue;
    const levels = respondents.map((r) => levelOf(r.answers.get(question.id)?.optionId)).filter((l): l is number => l !== null);
    for (const tag of question.tags as Tag[]) {
      const entry = sums.get(tag) ?? { total: 0, count: 0, questionIds: [] };
      entry.total += levels.reduce((a, b) => a + b, 0);
      entry.count += levels.length;
      entry.questionIds.push(question.id);
      sums.set(tag, entry);
    }
  }
  return new Map([...sums].map(([tag, s]) => [tag, { level: s.count > 0 ? Math.round((s.total / s.count) * 10) / 10 : null, questionIds: s.questionIds }]));
}

/**
 * Places the relationship the company runs on the continuum from its partnership and lifecycle
 * answers, and compares it with the one it wants ("you want a partnership; you contract like a
 * buyer"). Unanswered conditions are not met: the classification never flatters.
 */
export function classifyRelationship(
  questionnaire: Questionnaire,
  respondents: readonly RespondentAnswers[],
  desired: RelationshipModel | null,
): RelationshipClassification {
  const levels = relationshipTagLevels(questionnaire, respondents);
  const evaluate = (condition: RelationshipCondition): RelationshipEvidence => {
    const found = levels.get(condition.tag);
    const level = found?.level ?? null;
    return { tag: condition.tag, level, minLevel: condition.minLevel, met: level !== null && level >= condition.minLevel, questionIds: found?.questionIds ?? [] };
  };
  const current = RELATIONSHIP_RULES.find((rule) => rule.conditions.every((c) => evaluate(c).met))?.model ?? 'TRANSACTIONAL';
  const rank = (model: RelationshipModel) => RELATIONSHIP_MODELS.indexOf(model);
  const target = desired ?? RELATIONSHIP_MODELS[Math.min(rank(current) + 1, RELATIONSHIP_MODELS.length - 1)]!;
  const targetRule = RELATIONSHIP_RULES.find((rule) => rule.model === target);
  return {
    current,
    desired,
    evidence: (targetRule?.conditions ?? []).map(evaluate),
    behindDesired: desired !== null && rank(current) < rank(desired),
  };
}
