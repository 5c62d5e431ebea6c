// Property-based tests of DESIGN §4 for scoring 1.0.0, run over the fixture and over the 1.0.0 content.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, RespondentAnswers } from '../domain/answer.js';
import type { Question, Questionnaire } from '../domain/questionnaire.schema.js';
import { forEachLeaf } from '../domain/condition-walk.js';
import { questionsInOrder } from '../domain/question-index.js';
import { validateQuestionnaire } from '../domain/validate-questionnaire.js';
import { scoreAssessment10 as scoreAssessment } from './score-assessment-1-0.js';
import { fixtureQuestionnaire } from './test-fixtures.js';
import { respondentsArbitrary, withAnswer } from './test-arbitraries.js';
import { levelOf } from './answer-level.js';

const LEVEL_IDS = ['l0', 'l1', 'l2', 'l3', 'l4'];

/** Maturity questions no showIf depends on: changing their answer changes no visibility. */
function freeMaturityQuestions(questionnaire: Questionnaire): Question[] {
  const gating = new Set<string>();
  for (const { question } of questionsInOrder(questionnaire)) {
    if (question.showIf) forEachLeaf(question.showIf, (leaf) => { if ('question' in leaf) gating.add(leaf.question); });
  }
  return questionsInOrder(questionnaire).map((e) => e.question).filter((q) => q.kind === 'maturity' && !gating.has(q.id));
}

/** The same respondents, listed in another order and with their answers inserted in another order. */
function reordered(respondents: readonly RespondentAnswers[], seed: number): RespondentAnswers[] {
  const rotate = <T>(list: readonly T[], by: number) => list.map((_, i) => list[(i + by) % list.length]!);
  return rotate(respondents, seed).map((r, i) => ({
    ...r,
    answers: new Map(rotate([...r.answers].reverse(), seed + i)),
  }));
}

/** Every localized text replaced by other words: scores must not notice. */
function retranslated(questionnaire: Questionnaire): Questionnaire {
  const json = JSON.stringify(questionnaire, (key, value: unknown) =>
    ['en', 'it', 'nl', 'fa'].includes(key) && typeof value === 'string' ? `متن ${value.length}` : value);
  const result = validateQuestionnaire(JSON.parse(json));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.questionnaire;
}

/** Every respondent answers every question: maturity at `level`, choices at random. */
function allAt(questionnaire: Questionnaire, level: string): fc.Arbitrary<RespondentAnswers[]> {
  return respondentsArbitrary(questionnaire).map((respondents) => respondents.map((r) => {
    const answers = new Map<string, AnswerValue>();
    for (const { question } of questionsInOrder(questionnaire)) {
      const previous = r.answers.get(question.id);
      if (question.kind === 'maturity') answers.set(question.id, { questionId: question.id, optionId: level });
      else if (previous) answers.set(question.id, previous);
    }
    return { ...r, answers };
  }));
}

function scoringProperties(questionnaire: Questionnaire): void {
  const respondents = respondentsArbitrary(questionnaire);
  const free = freeMaturityQuestions(questionnaire);

  it('should never lower the dimension or overall score when one answer is raised', () => {
    fc.assert(fc.property(respondents, fc.nat(), fc.nat({ max: free.length - 1 }), fc.nat({ max: 4 }), (rs, who, which, step) => {
      const r = who % rs.length;
      const question = free[which]!;
      const current = rs[r]!.answers.get(question.id)?.optionId;
      const currentLevel = current === 'dk' ? -1 : levelOf(current);
      fc.pre(currentLevel !== null && currentLevel < 4);
      const raised = LEVEL_IDS[currentLevel + 1 + (step % (4 - currentLevel))]!;
      const before = scoreAssessment(questionnaire, rs);
      const after = scoreAssessment(questionnaire, withAnswer(rs, r, question.id, { optionId: raised }));
      const dimensionId = before.questions.find((q) => q.questionId === question.id)?.dimensionId;
      const dimBefore = before.dimensions.find((d) => d.dimensionId === dimensionId)?.score ?? null;
      const dimAfter = after.dimensions.find((d) => d.dimensionId === dimensionId)?.score ?? null;
      if (dimBefore !== null) expect(dimAfter).toBeGreaterThanOrEqual(dimBefore);
      if (before.overallScore !== null) expect(after.overallScore).toBeGreaterThanOrEqual(before.overallScore);
    }));
  });

  it('should not depend on the order of respondents or answers', () => {
    fc.assert(fc.property(respondents, fc.nat(), (rs, seed) => {
      expect(scoreAssessment(questionnaire, reordered(rs, seed))).toEqual(scoreAssessment(questionnaire, rs));
    }));
  });

  it('should not depend on the language of the content or of the answers', () => {
    const other = retranslated(questionnaire);
    fc.assert(fc.property(respondents, (rs) => {
      const persianComments = rs.map((r) => ({
        ...r,
        answers: new Map([...r.answers].map(([id, a]) => [id, { ...a, comment: 'نظر', text: a.text == null ? a.text : 'متن' }])),
      }));
      expect(scoreAssessment(other, persianComments)).toEqual(scoreAssessment(questionnaire, rs));
    }), { numRuns: 30 });
  });

  it('should give 100 and level 5 when every answer is 4', () => {
    fc.assert(fc.property(allAt(questionnaire, 'l4'), (rs) => {
      const result = scoreAssessment(questionnaire, rs);
      expect(result.overallScore).toBe(100);
      expect(result.maturityLevel).toBe(5);
      for (const d of result.dimensions) if (d.score !== null) expect(d.score).toBe(100);
    }), { numRuns: 30 });
  });

  it('should give 0 and level 1 when every answer is 0', () => {
    fc.assert(fc.property(allAt(questionnaire, 'l0'), (rs) => {
      const result = scoreAssessment(questionnaire, rs);
      expect(result.overallScore).toBe(0);
      expect(result.maturityLevel).toBe(1);
      expect(result.customerFocusStage).toBe(0);
    }), { numRuns: 30 });
  });

  it('should change coverage but not the mean of the rest when a question becomes N/A', () => {
    fc.assert(fc.property(respondents, fc.nat({ max: free.length - 1 }), (rs, which) => {
      const question = free[which]!;
      const before = scoreAssessment(questionnaire, rs);
      const target = before.questions.find((q) => q.questionId === question.id);
      fc.pre(target !== undefined && target.answeredBy > 0);
      const na = rs.reduce((acc, _r, i) => withAnswer(acc, i, question.id, { optionId: 'na' }), rs);
      const after = scoreAssessment(questionnaire, na);
      const dimBefore = before.dimensions.find((d) => d.dimensionId === target!.dimensionId)!;
      const dimAfter = after.dimensions.find((d) => d.dimensionId === target!.dimensionId)!;
      expect(dimAfter.coverage).toBeLessThan(dimBefore.coverage);
      expect(dimAfter.applicableCount).toBe(dimBefore.applicableCount);
      // The other questions keep their scores, and the dimension is their weighted mean.
      expect(after.questions.filter((q) => q.questionId !== question.id))
        .toEqual(before.questions.filter((q) => q.questionId !== question.id));
      const rest = after.questions.filter((q) => q.dimensionId === target!.dimensionId && q.score !== null);
      const weight = (id: string) => {
        const q = questionsInOrder(questionnaire).find((e) => e.question.id === id)!.question;
        return q.kind === 'maturity' ? q.weight : 0;
      };
      if (dimAfter.score !== null) {
        const mean = rest.reduce((s, q) => s + weight(q.questionId) * q.score!, 0) / rest.reduce((s, q) => s + weight(q.questionId), 0);
        expect(Math.abs(dimAfter.score - mean)).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }));
  });

  const stageQuestions = [1, 2, 3, 4].map((k) => free.filter((q) => q.tags.includes(`stage-${k}` as never)));
  const gatedStages = stageQuestions.every((qs) => qs.length > 0);
  it.runIf(gatedStages)('should give a lower stage when a stage is skipped than when none is', () => {
    const level = (ids: string[]) => fc.constantFrom(...ids);
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }),
      fc.array(level(['l3', 'l4']), { minLength: 40, maxLength: 40 }),
      fc.array(level(['l0', 'l1', 'l2']), { minLength: 40, maxLength: 40 }),
      (skipped, high, low) => {
        const answersFor = (skip: number | null) => {
          const answers: Record<string, string> = {};
          stageQuestions.forEach((qs, k) => qs.forEach((q, i) => {
            answers[q.id] = (k + 1 === skip ? low : high)[(k * 10 + i) % 40]!;
          }));
          return [{ respondentId: 'm', role: 'MANAGEMENT' as const, answers: new Map(Object.entries(answers).map(([questionId, optionId]) => [questionId, { questionId, optionId }])) }];
        };
        const skipping = scoreAssessment(questionnaire, answersFor(skipped)).customerFocusStage;
        const complete = scoreAssessment(questionnaire, answersFor(null)).customerFocusStage;
        expect(complete).toBe(4);
        expect(skipping).toBe(skipped - 1);
      },
    ));
  });

  it('should keep every figure in range and coverage under 50 % without a score', () => {
    fc.assert(fc.property(respondents, (rs) => {
      const result = scoreAssessment(questionnaire, rs);
      for (const d of result.dimensions) {
        expect(d.coverage).toBeGreaterThanOrEqual(0);
        expect(d.coverage).toBeLessThanOrEqual(1);
        expect(d.insufficientData).toBe(d.score === null);
        if (d.coverage < 0.5) expect(d.score).toBeNull();
      }
      for (const value of [result.overallScore, result.holismIndex, ...result.questions.map((q) => q.score)]) {
        if (value !== null) expect(value >= 0 && value <= 100).toBe(true);
      }
      const priorities = result.recommendations.map((r) => r.priority);
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    }));
  });
}

describe('scoring 1.0 properties: fixture questionnaire', () => {
  scoringProperties(fixtureQuestionnaire);
});

type Loaded = { status: 'missing'; reason: string } | { status: 'error'; error: unknown } | { status: 'ok'; questionnaire: Questionnaire };

/** The real content, once its author has written it; a missing module is not an error yet. */
async function loadRealContent(): Promise<Loaded> {
  try {
    const { findQuestionnaire } = await import('../questionnaires/registry.js');
    const questionnaire = findQuestionnaire('om-health-check', '1.0.0');
    return questionnaire ? { status: 'ok', questionnaire } : { status: 'error', error: new Error('om-health-check is not registered') };
  } catch (error) {
    const text = String(error);
    if (/om-health-check/.test(text) && /Failed to load|Cannot find|does not provide/.test(text)) return { status: 'missing', reason: text };
    return { status: 'error', error };
  }
}

const real = await loadRealContent();

describe('scoring 1.0 properties: om-health-check 1.0.0 content', () => {
  it.skipIf(real.status === 'missing')('should load and validate the built-in content', () => {
    if (real.status === 'error') throw real.error;
    expect(real.status).toBe('ok');
  });
  if (real.status === 'ok') {
    const questionnaire = real.questionnaire;
    scoringProperties(questionnaire);
  }
});
