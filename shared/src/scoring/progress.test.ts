import { describe, expect, it } from 'vitest';
import type { RespondentRole } from '../domain/vocabulary.js';
import { conditionSourceIds, normaliseAnswer, progressFromAnswered, progressOf } from './progress.js';
import { hasAnswer } from './applicability.js';
import { answerMap, fixtureQuestionnaire } from './test-fixtures.js';

const CASES: Array<[string, RespondentRole, Parameters<typeof answerMap>[0], { answered: number; total: number }]> = [
    ['nothing answered', 'MANAGEMENT', {}, { answered: 0, total: 13 }],
    ['a partner, who is not asked about internal meetings', 'PARTNER', {}, { answered: 0, total: 12 }],
    ['a level, N/A and don\'t know', 'MANAGEMENT', { 'partner-trust': 'l2', 'strategy-shared': 'na', 'strategy-translated': 'dk' }, { answered: 3, total: 13 }],
    ['a choice opening a gated question', 'MANAGEMENT', { 'sells-online': 'yes' }, { answered: 1, total: 14 }],
    ['a selection and a text', 'MANAGEMENT', { channels: ['web'], 'strategy-notes': { text: 'ok' } }, { answered: 2, total: 13 }],
    ['an empty selection and blank text', 'MANAGEMENT', { channels: [], 'strategy-notes': { text: '  ' } }, { answered: 0, total: 13 }],
    ['a comment alone', 'MANAGEMENT', { 'partner-trust': { comment: 'ask the CFO' } }, { answered: 0, total: 13 }],
    ['an answer to a hidden question', 'MANAGEMENT', { 'sells-online': 'no', 'ecommerce-care': 'l3' }, { answered: 1, total: 13 }],
];

describe('progressOf', () => {
  it.each(CASES)('should count %s', (_name, role, answers, expected) => {
    expect(progressOf(fixtureQuestionnaire, role, answerMap(answers))).toEqual(expected);
  });
});

describe('progressFromAnswered', () => {
  it('should know which questions the showIf conditions test', () => {
    expect(conditionSourceIds(fixtureQuestionnaire)).toEqual(['sells-online']);
  });

  // What the autosave reads back: the ids of stored (normalised) rows with a choice or text,
  // and the full answers of the condition sources only.
  it.each(CASES)('should count %s like progressOf', (_name, role, answers, expected) => {
    const stored = [...answerMap(answers).values()].map(normaliseAnswer);
    const answered = new Set(stored.filter((a) => a.optionId != null || a.optionIds != null || a.text != null).map((a) => a.questionId));
    const sources = new Set(conditionSourceIds(fixtureQuestionnaire));
    const conditionAnswers = new Map(stored.filter((a) => sources.has(a.questionId)).map((a) => [a.questionId, a]));
    expect(progressFromAnswered(fixtureQuestionnaire, role, answered, conditionAnswers)).toEqual(expected);
  });
});

describe('normaliseAnswer', () => {
  it('should store blank text and comments and empty selections as absent, and sort selections', () => {
    expect(normaliseAnswer({ questionId: 'q', optionIds: [], text: ' \n\t', comment: '' })).toEqual({ questionId: 'q', optionId: null, optionIds: null, text: null, comment: null });
    expect(normaliseAnswer({ questionId: 'q', optionIds: ['b', 'a'], text: ' x ' })).toEqual({ questionId: 'q', optionId: null, optionIds: ['a', 'b'], text: ' x ', comment: null });
  });

  it('should leave exactly the answers that count with a choice or text', () => {
    for (const answer of [{ questionId: 'q', text: '  ' }, { questionId: 'q', optionIds: [] }, { questionId: 'q', comment: 'c' }, { questionId: 'q', optionId: 'l1' }]) {
      const stored = normaliseAnswer(answer);
      expect(stored.optionId != null || stored.optionIds != null || stored.text != null).toBe(hasAnswer(answer));
    }
  });
});
