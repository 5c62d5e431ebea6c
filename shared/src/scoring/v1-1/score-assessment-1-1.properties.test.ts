// Property-based tests of scoring 1.1 over the real om-health-check 1.1.0 content: no gaming.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, RespondentAnswers } from '../../domain/answer.js';
import type { Question, Questionnaire } from '../../domain/questionnaire.schema.js';
import { forEachLeaf } from '../../domain/condition-walk.js';
import { questionsInOrder } from '../../domain/question-index.js';
import { findQuestionnaire } from '../../questionnaires/registry.js';
import { levelOf } from '../answer-level.js';
import { scoreAssessment } from '../score-assessment.js';
import { respondentsArbitrary } from '../test-arbitraries.js';
import { holismIndex11 } from './holism.js';

const questionnaire: Questionnaire = findQuestionnaire('om-health-check', '1.1.0')!;
const LEVEL_IDS = ['l0', 'l1', 'l2', 'l3', 'l4'];
const RUNS = { numRuns: 60 };

/** Maturity questions no showIf depends on: changing their answer changes no visibility. */
function freeMaturityQuestions(q: Questionnaire): Question[] {
  const gating = new Set<string>();
  for (const { question } of questionsInOrder(q)) {
    if (question.showIf) forEachLeaf(question.showIf, (leaf) => { if ('question' in leaf) gating.add(leaf.question); });
  }
  return questionsInOrder(q).map((e) => e.question).filter((x) => x.kind === 'maturity' && !gating.has(x.id));
}

const free = freeMaturityQuestions(questionnaire);
const dimensionIds = questionnaire.dimensions.map((d) => d.id);
const questionsOfDimension = new Map(dimensionIds.map((id) => [id, free.filter((q) => questionsInOrder(questionnaire).find((e) => e.question.id === q.id)!.dimension.id === id)]));

/** Every respondent's answers to `questions` replaced by `answer` (undefined = left blank). */
function setAll(respondents: readonly RespondentAnswers[], questions: readonly Question[], answer: (q: Question) => string | undefined): RespondentAnswers[] {
  return respondents.map((r) => {
    const answers = new Map<string, AnswerValue>(r.answers);
    for (const q of questions) {
      const optionId = answer(q);
      if (optionId === undefined) answers.delete(q.id);
      else answers.set(q.id, { questionId: q.id, optionId });
    }
    return { ...r, answers };
  });
}

const notApplicableOrBlank = (q: Question): string | undefined =>
  q.kind === 'maturity' && q.allowNotApplicable !== false ? 'na' : undefined;

const respondents = respondentsArbitrary(questionnaire, 3);

describe('scoring 1.1 on om-health-check 1.1.0: missing is never better than level 0', () => {
  it('should never score an area left blank or "not applicable" above the same area answered at level 0', () => {
    fc.assert(fc.property(respondents, fc.constantFrom(...dimensionIds), fc.boolean(), (rs, dimensionId, useNa) => {
      const questions = questionsOfDimension.get(dimensionId)!;
      const atZero = scoreAssessment(questionnaire, setAll(rs, questions, () => 'l0'));
      const missing = scoreAssessment(questionnaire, setAll(rs, questions, useNa ? notApplicableOrBlank : () => undefined));
      expect(missing.overallScore ?? 0).toBeLessThanOrEqual(atZero.overallScore ?? 0);
      expect(missing.maturityLevel ?? 0).toBeLessThanOrEqual(atZero.maturityLevel ?? 0);
      expect(missing.holismIndex ?? 0).toBeLessThanOrEqual(atZero.holismIndex ?? 0);
      expect(missing.customerFocusStage).toBeLessThanOrEqual(atZero.customerFocusStage);
    }), RUNS);
  });

  it('should never score any single question left blank, "not applicable" or "don\'t know" above level 0', () => {
    fc.assert(fc.property(respondents, fc.nat({ max: free.length - 1 }), fc.constantFrom('blank', 'na', 'dk'), (rs, which, kind) => {
      const question = free[which]!;
      const atZero = scoreAssessment(questionnaire, setAll(rs, [question], () => 'l0'));
      const other = scoreAssessment(questionnaire, setAll(rs, [question], (q) =>
        kind === 'blank' ? undefined : kind === 'dk' ? 'dk' : notApplicableOrBlank(q)));
      expect(other.overallScore ?? 0).toBeLessThanOrEqual(atZero.overallScore ?? 0);
      expect(other.maturityLevel ?? 0).toBeLessThanOrEqual(atZero.maturityLevel ?? 0);
      for (const d of other.dimensions) {
        expect(d.score ?? 0).toBeLessThanOrEqual(atZero.dimensions.find((x) => x.dimensionId === d.dimensionId)!.score ?? 0);
      }
    }), RUNS);
  });

  it('should report an area nobody answered as insufficient data and lower the confidence', () => {
    fc.assert(fc.property(respondents, fc.constantFrom(...dimensionIds), (rs, dimensionId) => {
      const result = scoreAssessment(questionnaire, setAll(rs, questionsOfDimension.get(dimensionId)!, () => undefined));
      const dimension = result.dimensions.find((d) => d.dimensionId === dimensionId)!;
      if (dimension.applicableCount === 0) return;
      expect(dimension.insufficientData).toBe(true);
      expect(result.insufficientDataDimensions).toContain(dimensionId);
      expect(result.confidence).not.toBe('HIGH');
    }), RUNS);
  });
});

describe('scoring 1.1 on om-health-check 1.1.0: "don\'t know" is not a fact', () => {
  it('should add no flag but the knowledge gap, and no business advice, when a question is answered "don\'t know" instead of left blank', () => {
    fc.assert(fc.property(respondents, fc.nat({ max: free.length - 1 }), (rs, which) => {
      const question = free[which]!;
      const blank = scoreAssessment(questionnaire, setAll(rs, [question], () => undefined));
      const dontKnow = scoreAssessment(questionnaire, setAll(rs, [question], () => 'dk'));
      const flagsBut = (r: typeof blank) => r.flags.map((f) => f.id).filter((id) => id !== 'KNOWLEDGE_GAP').sort();
      expect(flagsBut(dontKnow)).toEqual(flagsBut(blank));
      const business = (r: typeof blank) => r.recommendations.filter((x) => x.focus === 'business').map((x) => x.ruleId).sort();
      expect(business(dontKnow)).toEqual(business(blank));
    }), RUNS);
  });

  it('should fire no flag from "don\'t know" answers alone', () => {
    fc.assert(fc.property(respondents, (rs) => {
      const result = scoreAssessment(questionnaire, setAll(rs, free, () => 'dk'));
      expect(result.flags.map((f) => f.id).filter((id) => id !== 'KNOWLEDGE_GAP')).toEqual([]);
    }), RUNS);
  });
});

describe('scoring 1.1 on om-health-check 1.1.0: monotone and deterministic', () => {
  it('should never lower a dimension, the overall score or the holism index when one answer is raised', () => {
    fc.assert(fc.property(respondents, fc.nat(), fc.nat({ max: free.length - 1 }), fc.nat({ max: 4 }), (rs, who, which, step) => {
      const r = who % rs.length;
      const question = free[which]!;
      const current = rs[r]!.answers.get(question.id)?.optionId;
      const currentLevel = levelOf(current) ?? -1;
      fc.pre(currentLevel < 4);
      const raised = LEVEL_IDS[currentLevel + 1 + (step % (4 - currentLevel))]!;
      const before = scoreAssessment(questionnaire, rs);
      const after = scoreAssessment(questionnaire, rs.map((x, i) => i !== r ? x : {
        ...x, answers: new Map(x.answers).set(question.id, { questionId: question.id, optionId: raised }),
      }));
      for (const d of before.dimensions) {
        expect(after.dimensions.find((x) => x.dimensionId === d.dimensionId)!.score ?? 0).toBeGreaterThanOrEqual(d.score ?? 0);
      }
      expect(after.overallScore ?? 0).toBeGreaterThanOrEqual(before.overallScore ?? 0);
      expect(after.holismIndex ?? 0).toBeGreaterThanOrEqual(before.holismIndex ?? 0);
    }), RUNS);
  });

  it('should score a uniform company at its own level: overall and holism alike', () => {
    fc.assert(fc.property(respondents, fc.nat({ max: 4 }), (rs, level) => {
      const result = scoreAssessment(questionnaire, setAll(rs, free, () => `l${level}`));
      expect(result.overallScore).toBe(level * 25);
      expect(result.holismIndex).toBe(level * 25);
      expect(result.holismParts?.holdsTogether).toBe(true);
    }), RUNS);
  });

  it('should give 100 and level 5 when everything is at 4, and 0 and level 1 when everything is at 0', () => {
    fc.assert(fc.property(respondents, (rs) => {
      const top = scoreAssessment(questionnaire, setAll(rs, free, () => 'l4'));
      const bottom = scoreAssessment(questionnaire, setAll(rs, free, () => 'l0'));
      if (top.overallScore === 100) expect(top.maturityLevel).toBe(5);
      expect(bottom.overallScore).toBe(0);
      expect(bottom.maturityLevel).toBe(1);
    }), RUNS);
  });
});

describe('holism index 1.1', () => {
  const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 9 });

  it('should score a uniform profile at its own level', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 2, max: 9 }), (x, n) => {
      expect(holismIndex11(Array.from({ length: n }, () => x))).toBeCloseTo(x, 9);
    }));
  });

  it('should never fall when the weakest part is raised, and never exceed the mean', () => {
    fc.assert(fc.property(scores, fc.double({ min: 0, max: 100, noNaN: true }), (s, by) => {
      const weakest = s.indexOf(Math.min(...s));
      const raised = s.map((x, i) => (i === weakest ? Math.min(100, x + by) : x));
      expect(holismIndex11(raised)!).toBeGreaterThanOrEqual(holismIndex11(s)! - 1e-9);
      expect(holismIndex11(s)!).toBeLessThanOrEqual(s.reduce((a, b) => a + b, 0) / s.length + 1e-9);
    }));
  });

  it('should judge a strong channel on a weak base and a strong base under weak channels alike', () => {
    const channelOnBase = holismIndex11([25, 25, 25, 100, 100, 100, 100])!;
    const baseUnderChannels = holismIndex11([100, 100, 100, 25, 25, 25, 25])!;
    expect(channelOnBase).toBeLessThan((25 * 3 + 400) / 7);
    expect(baseUnderChannels).toBeLessThan((300 + 25 * 4) / 7);
    expect(Math.abs(channelOnBase - baseUnderChannels)).toBeLessThan(11);
  });
});
