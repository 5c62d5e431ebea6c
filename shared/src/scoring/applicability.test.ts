import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../domain/answer.js';
import type { Condition } from '../domain/condition.schema.js';
import { scoredLevelOf } from './answer-level.js';
import { applicableQuestionIds, hasAnswer, showIfHolds, type AddressableQuestion } from './applicability.js';

/** Answered of applicable questions, as the wizard and the server count progress. */
function progressOf(questions: readonly AddressableQuestion[], role: string, map: ReadonlyMap<string, AnswerValue>) {
  const applicable = applicableQuestionIds(questions, role, map);
  return { answered: [...applicable].filter((id) => hasAnswer(map.get(id))).length, total: applicable.size };
}

const ALL_ROLES = ['MANAGEMENT', 'SALES', 'PARTNER'];

function answers(...list: AnswerValue[]): Map<string, AnswerValue> {
  return new Map(list.map((a) => [a.questionId, a]));
}

// Shaped like the API's questions: every role listed, showIf null when absent.
const questions: AddressableQuestion[] = [
  { id: 'sells-online', roles: ALL_ROLES, showIf: null },
  { id: 'ecommerce-care', roles: ALL_ROLES, showIf: { question: 'sells-online', is: ['yes', 'planned'] } },
  { id: 'ecommerce-budget', roles: ALL_ROLES, showIf: { question: 'ecommerce-care', score: { gte: 2 } } },
  { id: 'internal-only', roles: ['MANAGEMENT', 'SALES'], showIf: null },
];

describe('showIfHolds', () => {
  const lookup = (map: Map<string, AnswerValue>) => (id: string) => map.get(id);

  it.each([
    ['is matches optionId', { question: 'a', is: ['x'] }, answers({ questionId: 'a', optionId: 'x' }), true],
    ['is matches one of optionIds', { question: 'a', is: ['y'] }, answers({ questionId: 'a', optionIds: ['x', 'y'] }), true],
    ['is misses', { question: 'a', is: ['z'] }, answers({ questionId: 'a', optionId: 'x' }), false],
    ['unanswered question', { question: 'a', is: ['x'] }, answers(), false],
    ['score comparison on a level', { question: 'a', score: { gte: 3 } }, answers({ questionId: 'a', optionId: 'l3' }), true],
    ['score comparison fails', { question: 'a', score: { gte: 3 } }, answers({ questionId: 'a', optionId: 'l2' }), false],
    ["don't know scores 0", { question: 'a', score: { lt: 1 } }, answers({ questionId: 'a', optionId: 'dk' }), true],
    ['not applicable has no score', { question: 'a', score: { lt: 5 } }, answers({ questionId: 'a', optionId: 'na' }), false],
    ['dontKnow leaf', { question: 'a', dontKnow: true }, answers({ questionId: 'a', optionId: 'dk' }), true],
    ['all', { all: [{ question: 'a', is: ['x'] }, { question: 'b', is: ['y'] }] }, answers({ questionId: 'a', optionId: 'x' }), false],
    ['any', { any: [{ question: 'a', is: ['x'] }, { question: 'b', is: ['y'] }] }, answers({ questionId: 'a', optionId: 'x' }), true],
    ['not', { not: { question: 'a', is: ['x'] } }, answers({ questionId: 'a', optionId: 'x' }), false],
    ['facts unknown while answering', { overall: { gte: 0 } }, answers(), false],
    ['malformed input', 'nonsense', answers(), false],
  ])('should evaluate %s', (_name, condition, map, expected) => {
    expect(showIfHolds(condition as Condition, lookup(map))).toBe(expected);
  });
});

describe('applicableQuestionIds', () => {
  it('should hide conditional questions until the condition holds', () => {
    expect([...applicableQuestionIds(questions, 'SALES', answers())]).toEqual(['sells-online', 'internal-only']);
    const shown = applicableQuestionIds(questions, 'SALES', answers({ questionId: 'sells-online', optionId: 'planned' }));
    expect(shown.has('ecommerce-care')).toBe(true);
  });

  it('should cascade: an answer to a hidden question does not reveal later ones', () => {
    const map = answers(
      { questionId: 'sells-online', optionId: 'no' },
      { questionId: 'ecommerce-care', optionId: 'l4' },
    );
    const shown = applicableQuestionIds(questions, 'SALES', map);
    expect(shown.has('ecommerce-care')).toBe(false);
    expect(shown.has('ecommerce-budget')).toBe(false);
  });

  it('should leave out questions not addressed to the role', () => {
    expect(applicableQuestionIds(questions, 'PARTNER', answers()).has('internal-only')).toBe(false);
  });
});

describe('progressOf', () => {
  it('should count answered applicable questions only, not comments alone', () => {
    const map = answers(
      { questionId: 'sells-online', optionId: 'yes' },
      { questionId: 'ecommerce-care', optionId: null, comment: 'later' },
      { questionId: 'internal-only', optionId: 'l1' },
    );
    expect(progressOf(questions, 'PARTNER', map)).toEqual({ answered: 1, total: 2 });
    expect(progressOf(questions, 'SALES', map)).toEqual({ answered: 2, total: 3 });
  });
});

describe('hasAnswer and scoredLevelOf', () => {
  it('should treat blank text and empty selections as unanswered', () => {
    expect(hasAnswer({ questionId: 'a', text: '   ' })).toBe(false);
    expect(hasAnswer({ questionId: 'a', optionIds: [] })).toBe(false);
    expect(hasAnswer({ questionId: 'a', text: 'x' })).toBe(true);
  });

  it('should map option ids to maturity', () => {
    expect([scoredLevelOf('l0'), scoredLevelOf('l4'), scoredLevelOf('dk'), scoredLevelOf('na'), scoredLevelOf(null)]).toEqual([0, 4, 0, null, null]);
  });
});
