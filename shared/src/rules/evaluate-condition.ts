import type { Condition } from '../domain/condition.schema.js';
import type { ConditionLeaf } from '../domain/condition-walk.js';
import type { Evidence } from '../scoring/result.types.js';
import { meetsComparison } from './compare.js';

/** What the answers say about one question, aggregated over the respondents it applies to. */
export interface QuestionFacts {
  /** Mean maturity 0–4 of the scored answers (*don't know* counts as 0); null if none. */
  maturity: number | null;
  /** At least one respondent answered *don't know*. */
  dontKnow: boolean;
  /** Option ids chosen by any respondent (levels `l0`…`l4`, `na`, `dk`, or choice options). */
  chosen: ReadonlySet<string>;
}

/** The facts a condition is evaluated against. Scores are 0–100 unless noted. */
export interface ConditionFacts {
  /** Per question id; a question nobody could answer is absent. */
  questions: ReadonlyMap<string, QuestionFacts>;
  /** Dimension score by id; null when the dimension has insufficient data. */
  dimensions: ReadonlyMap<string, number | null>;
  /** Mean of the scores of the questions carrying the tag; null (or absent) when none was answered. */
  tags: ReadonlyMap<string, number | null>;
  overall: number | null;
  holism: number | null;
  /** 0–4. */
  customerFocusStage: number | null;
  /** Ids of the flags fired so far. */
  flags: ReadonlySet<string>;
  /** Percentage (0–100) of scored answers that were *don't know*; null without scored answers. */
  dontKnowShare: number | null;
}

/** Whether a condition holds, and the facts that made it hold. */
export interface ConditionOutcome {
  holds: boolean;
  /** The facts that made it hold (empty when it does not hold, and for `not`). */
  evidence: Evidence[];
}

/**
 * Evaluates a condition (data, never code) against the facts of an assessment. `all` holds
 * when every part holds, `any` when one does (evidence of every part that holds), `not` when
 * its part does not (no evidence: an absence proves nothing). A comparison against a missing
 * value is false. `is` holds when any respondent chose one of the listed options.
 */
export function evaluateCondition(condition: Condition, facts: ConditionFacts): ConditionOutcome {
  const evidence: Evidence[] = [];
  const holds = evaluate(condition, facts, evidence);
  return { holds, evidence: holds ? dedupe(evidence) : [] };
}

function evaluate(condition: Condition, facts: ConditionFacts, evidence: Evidence[]): boolean {
  if ('all' in condition) {
    const mark = evidence.length;
    for (const part of condition.all) {
      if (!evaluate(part, facts, evidence)) {
        evidence.length = mark;
        return false;
      }
    }
    return true;
  }
  if ('any' in condition) {
    let holds = false;
    for (const part of condition.any) {
      const mark = evidence.length;
      if (evaluate(part, facts, evidence)) holds = true;
      else evidence.length = mark;
    }
    return holds;
  }
  if ('not' in condition) return !evaluate(condition.not, facts, []);
  const found = leafEvidence(condition, facts);
  if (found) evidence.push(found);
  return found !== undefined;
}

/** The evidence for a leaf that holds, or undefined when it does not hold. */
function leafEvidence(leaf: ConditionLeaf, facts: ConditionFacts): Evidence | undefined {
  if ('question' in leaf) {
    const question = facts.questions.get(leaf.question);
    if (!question) return undefined;
    const found: Evidence = { kind: 'question', ref: leaf.question, value: question.maturity };
    if ('is' in leaf) return leaf.is.some((id) => question.chosen.has(id)) ? found : undefined;
    if ('score' in leaf) return meetsComparison(question.maturity, leaf.score) ? found : undefined;
    return question.dontKnow ? { kind: 'dontKnow', ref: leaf.question } : undefined;
  }
  if ('dimension' in leaf) {
    const value = facts.dimensions.get(leaf.dimension);
    return meetsComparison(value, leaf.score) ? { kind: 'dimension', ref: leaf.dimension, value: value ?? null } : undefined;
  }
  if ('tag' in leaf) {
    const value = facts.tags.get(leaf.tag);
    return meetsComparison(value, leaf.score) ? { kind: 'tag', ref: leaf.tag, value: value ?? null } : undefined;
  }
  if ('overall' in leaf) return meetsComparison(facts.overall, leaf.overall) ? { kind: 'overall', value: facts.overall } : undefined;
  if ('holism' in leaf) return meetsComparison(facts.holism, leaf.holism) ? { kind: 'holism', value: facts.holism } : undefined;
  if ('customerFocusStage' in leaf) {
    const value = facts.customerFocusStage;
    return meetsComparison(value, leaf.customerFocusStage) ? { kind: 'customerFocusStage', value } : undefined;
  }
  if ('flag' in leaf) return facts.flags.has(leaf.flag) ? { kind: 'flag', ref: leaf.flag } : undefined;
  const value = facts.dontKnowShare;
  return meetsComparison(value, leaf.dontKnowShare) ? { kind: 'dontKnowShare', value } : undefined;
}

/** The same fact tested twice (e.g. a question in two branches) is listed once. */
function dedupe(evidence: Evidence[]): Evidence[] {
  if (evidence.length < 2) return evidence;
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.kind}\u0000${e.ref ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
