import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../domain/condition.schema.js';
import type { Evidence } from '../scoring/result.types.js';
import { evaluateCondition, type ConditionFacts } from './evaluate-condition.js';

/** Facts of a small assessment: two questions answered, one dimension without data. */
const facts: ConditionFacts = {
  questions: new Map([
    ['trust', { maturity: 3, dontKnow: false, chosen: new Set(['l3']) }],
    ['meetings', { maturity: 0.5, dontKnow: true, chosen: new Set(['dk', 'l1']) }],
    ['sells-online', { maturity: null, dontKnow: false, chosen: new Set(['yes']) }],
    ['unanswered', { maturity: null, dontKnow: false, chosen: new Set() }],
  ]),
  dimensions: new Map([['partnership', 62.5], ['customer', null]]),
  tags: new Map([['trust', 75], ['ai-ml', null]]),
  overall: 48.2,
  holism: 30,
  customerFocusStage: 1,
  flags: new Set(['KNOWLEDGE_GAP']),
  dontKnowShare: 12.5,
};

const noData: ConditionFacts = {
  questions: new Map(),
  dimensions: new Map(),
  tags: new Map(),
  overall: null,
  holism: null,
  customerFocusStage: null,
  flags: new Set(),
  dontKnowShare: null,
};

describe('evaluateCondition', () => {
  it.each<[string, Condition, boolean, Evidence[]]>([
    ['a chosen level', { question: 'trust', is: ['l3', 'l4'] }, true, [{ kind: 'question', ref: 'trust', value: 3 }]],
    ['a level nobody chose', { question: 'trust', is: ['l4'] }, false, []],
    ['an option any respondent chose', { question: 'meetings', is: ['l1'] }, true, [{ kind: 'question', ref: 'meetings', value: 0.5 }]],
    ['a choice option', { question: 'sells-online', is: ['yes'] }, true, [{ kind: 'question', ref: 'sells-online', value: null }]],
    ['an unknown question', { question: 'ghost', is: ['yes'] }, false, []],
    ['a question score in range', { question: 'meetings', score: { lt: 2 } }, true, [{ kind: 'question', ref: 'meetings', value: 0.5 }]],
    ['a question score at an exclusive bound', { question: 'trust', score: { gt: 3 } }, false, []],
    ['a question score at an inclusive bound', { question: 'trust', score: { gte: 3, lte: 3 } }, true, [{ kind: 'question', ref: 'trust', value: 3 }]],
    ['a question without a score', { question: 'unanswered', score: { lt: 2 } }, false, []],
    ['a don\'t know', { question: 'meetings', dontKnow: true }, true, [{ kind: 'dontKnow', ref: 'meetings' }]],
    ['no don\'t know', { question: 'trust', dontKnow: true }, false, []],
    ['a dimension score', { dimension: 'partnership', score: { gte: 60, lt: 70 } }, true, [{ kind: 'dimension', ref: 'partnership', value: 62.5 }]],
    ['a dimension with insufficient data', { dimension: 'customer', score: { lt: 50 } }, false, []],
    ['an unknown dimension', { dimension: 'finance', score: { lt: 50 } }, false, []],
    ['a tag score', { tag: 'trust', score: { gte: 75 } }, true, [{ kind: 'tag', ref: 'trust', value: 75 }]],
    ['a tag without answers', { tag: 'ai-ml', score: { lt: 50 } }, false, []],
    ['a tag no question carries', { tag: 'kpi', score: { lt: 50 } }, false, []],
    ['the overall score', { overall: { lt: 50 } }, true, [{ kind: 'overall', value: 48.2 }]],
    ['the overall score out of range', { overall: { gte: 50 } }, false, []],
    ['the holism index', { holism: { lte: 30 } }, true, [{ kind: 'holism', value: 30 }]],
    ['the customer-focus stage', { customerFocusStage: { lt: 2 } }, true, [{ kind: 'customerFocusStage', value: 1 }]],
    ['a fired flag', { flag: 'KNOWLEDGE_GAP' }, true, [{ kind: 'flag', ref: 'KNOWLEDGE_GAP' }]],
    ['a flag that did not fire', { flag: 'STAGE_SKIPPING' }, false, []],
    ['the don\'t-know share', { dontKnowShare: { gte: 10 } }, true, [{ kind: 'dontKnowShare', value: 12.5 }]],
    ['all parts holding', { all: [{ flag: 'KNOWLEDGE_GAP' }, { overall: { lt: 50 } }] }, true,
      [{ kind: 'flag', ref: 'KNOWLEDGE_GAP' }, { kind: 'overall', value: 48.2 }]],
    ['all with one part failing', { all: [{ flag: 'KNOWLEDGE_GAP' }, { overall: { gte: 50 } }] }, false, []],
    ['any with the parts that hold as evidence', { any: [{ overall: { gte: 50 } }, { holism: { lt: 50 } }, { flag: 'KNOWLEDGE_GAP' }] }, true,
      [{ kind: 'holism', value: 30 }, { kind: 'flag', ref: 'KNOWLEDGE_GAP' }]],
    ['any with no part holding', { any: [{ overall: { gte: 50 } }, { flag: 'STAGE_SKIPPING' }] }, false, []],
    ['not of a failing part, without evidence', { not: { flag: 'STAGE_SKIPPING' } }, true, []],
    ['not of a holding part', { not: { flag: 'KNOWLEDGE_GAP' } }, false, []],
    ['a fact tested twice, listed once', { all: [{ overall: { lt: 50 } }, { any: [{ overall: { gt: 40 } }] }] }, true, [{ kind: 'overall', value: 48.2 }]],
    ['evidence of a failed branch, dropped', { any: [{ all: [{ flag: 'KNOWLEDGE_GAP' }, { overall: { gte: 90 } }] }, { holism: { gte: 0 } }] }, true,
      [{ kind: 'holism', value: 30 }]],
  ])('should evaluate %s', (_name, condition, holds, evidence) => {
    expect(evaluateCondition(condition, facts)).toEqual({ holds, evidence });
  });

  it.each<[string, Condition]>([
    ['an upper bound on overall', { overall: { lt: 100 } }],
    ['a lower bound on holism', { holism: { gte: 0 } }],
    ['a stage bound', { customerFocusStage: { lte: 4 } }],
    ['a don\'t-know share bound', { dontKnowShare: { lt: 100 } }],
    ['a question score', { question: 'trust', score: { gte: 0 } }],
    ['a dimension score', { dimension: 'partnership', score: { gte: 0 } }],
  ])('should not fire %s when the value is missing', (_name, condition) => {
    expect(evaluateCondition(condition, noData).holds).toBe(false);
  });
});

/** Random condition trees over the facts above. */
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ question: fc.constantFrom('trust', 'meetings', 'unanswered', 'ghost'), is: fc.subarray(['l1', 'l3', 'dk', 'yes'], { minLength: 1 }) }),
  fc.record({ overall: fc.record({ lt: fc.integer({ min: 0, max: 100 }) }) }),
  fc.record({ holism: fc.record({ gte: fc.integer({ min: 0, max: 100 }) }) }),
  fc.record({ flag: fc.constantFrom('KNOWLEDGE_GAP' as const, 'STAGE_SKIPPING' as const) }),
  fc.record({ dimension: fc.constantFrom('partnership', 'customer'), score: fc.record({ gte: fc.integer({ min: 0, max: 100 }) }) }),
);
const { condition: conditionArb } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));
const holds = (c: Condition, f: ConditionFacts = facts) => evaluateCondition(c, f).holds;

describe('evaluateCondition (properties)', () => {
  it('should follow De Morgan: not(all) ≡ any(not) and not(any) ≡ all(not)', () => {
    fc.assert(fc.property(conditionArb, conditionArb, (a, b) => {
      expect(holds({ not: { all: [a, b] } })).toBe(holds({ any: [{ not: a }, { not: b }] }));
      expect(holds({ not: { any: [a, b] } })).toBe(holds({ all: [{ not: a }, { not: b }] }));
    }));
  });

  it('should treat a double negation as the condition itself', () => {
    fc.assert(fc.property(conditionArb, (c) => holds({ not: { not: c } }) === holds(c)));
  });

  it('should give evidence exactly when a condition without not holds', () => {
    const positive = (c: Condition): boolean =>
      'all' in c ? c.all.every(positive) : 'any' in c ? c.any.every(positive) : !('not' in c);
    fc.assert(fc.property(conditionArb.filter(positive), (c) => {
      const outcome = evaluateCondition(c, facts);
      return outcome.holds === outcome.evidence.length > 0;
    }));
  });

  it('should never fire a comparison or choice without data', () => {
    const positive = (c: Condition): boolean =>
      'all' in c ? c.all.every(positive) : 'any' in c ? c.any.every(positive) : !('not' in c);
    fc.assert(fc.property(conditionArb.filter(positive), (c) => !holds(c, noData)));
  });
});
