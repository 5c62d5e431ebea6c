import { describe, expect, it } from 'vitest';
import type { RespondentRole } from '../domain/vocabulary.js';
import { progressOf } from './progress.js';
import { answerMap, fixtureQuestionnaire } from './test-fixtures.js';

describe('progressOf', () => {
  it.each<[string, RespondentRole, Parameters<typeof answerMap>[0], { answered: number; total: number }]>([
    ['nothing answered', 'MANAGEMENT', {}, { answered: 0, total: 13 }],
    ['a partner, who is not asked about internal meetings', 'PARTNER', {}, { answered: 0, total: 12 }],
    ['a level, N/A and don\'t know', 'MANAGEMENT', { 'partner-trust': 'l2', 'strategy-shared': 'na', 'strategy-translated': 'dk' }, { answered: 3, total: 13 }],
    ['a choice opening a gated question', 'MANAGEMENT', { 'sells-online': 'yes' }, { answered: 1, total: 14 }],
    ['a selection and a text', 'MANAGEMENT', { channels: ['web'], 'strategy-notes': { text: 'ok' } }, { answered: 2, total: 13 }],
    ['an empty selection and blank text', 'MANAGEMENT', { channels: [], 'strategy-notes': { text: '  ' } }, { answered: 0, total: 13 }],
    ['a comment alone', 'MANAGEMENT', { 'partner-trust': { comment: 'ask the CFO' } }, { answered: 0, total: 13 }],
    ['an answer to a hidden question', 'MANAGEMENT', { 'sells-online': 'no', 'ecommerce-care': 'l3' }, { answered: 1, total: 13 }],
  ])('should count %s', (_name, role, answers, expected) => {
    expect(progressOf(fixtureQuestionnaire, role, answerMap(answers))).toEqual(expected);
  });
});
