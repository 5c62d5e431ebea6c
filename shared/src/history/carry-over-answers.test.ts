import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../domain/answer.js';
import { validateAnswerBatch } from '../domain/validate-answers.js';
import { fixtureCopy, fixtureQuestionnaire, mustValidate } from '../scoring/test-fixtures.js';
import { carryOverAnswers } from './carry-over-answers.js';

const answer = (questionId: string, value: Omit<AnswerValue, 'questionId'>): AnswerValue => ({ questionId, optionId: null, optionIds: null, text: null, comment: null, ...value });

/** The fixture's next version: a question gone, a multi option gone, a text shortened, a choice option renamed. */
function nextVersion() {
  const definition = fixtureCopy();
  definition['version'] = '1.1.0';
  const [strategy, , marketing] = definition['dimensions'] as Array<{ questions: Array<Record<string, any>> }>;
  marketing!.questions = marketing!.questions.filter((q) => q['id'] !== 'marketing-with-sales');
  strategy!.questions.find((q) => q['id'] === 'sells-online')!['options'] = [{ id: 'yes', label: { en: 'Yes' } }, { id: 'not-online', label: { en: 'No' } }];
  strategy!.questions.find((q) => q['id'] === 'strategy-notes')!['maxLength'] = 5;
  marketing!.questions.find((q) => q['id'] === 'channels')!['options'] = [{ id: 'web', label: { en: 'Web' } }, { id: 'phone', label: { en: 'Phone' } }];
  return mustValidate(definition);
}

describe('carryOverAnswers', () => {
  it('should carry every answer with its comment onto the same questionnaire version', () => {
    const previous = [
      answer('strategy-shared', { optionId: 'l3', comment: 'We wrote it down' }),
      answer('sells-online', { optionId: 'yes' }),
      answer('channels', { optionIds: ['shop', 'web'] }),
      answer('strategy-notes', { text: 'short' }),
      answer('partner-trust', { optionId: 'dk' }),
    ];
    expect(carryOverAnswers(fixtureQuestionnaire, 'MANAGEMENT', previous)).toEqual(previous);
  });

  it('should leave out questions and options the new version no longer has, keeping what still fits', () => {
    const previous = [
      answer('strategy-shared', { optionId: 'l2' }),
      answer('marketing-with-sales', { optionId: 'l1', comment: 'gone with its question' }),
      answer('sells-online', { optionId: 'no', comment: 'the note stays' }),
      answer('channels', { optionIds: ['web', 'shop', 'phone'] }),
      answer('strategy-notes', { text: 'longer than five' }),
      answer('no-such-question', { optionId: 'l4' }),
    ];
    const carried = carryOverAnswers(nextVersion(), 'MANAGEMENT', previous);
    expect(carried).toEqual([
      answer('strategy-shared', { optionId: 'l2' }),
      answer('sells-online', { comment: 'the note stays' }),
      answer('channels', { optionIds: ['phone', 'web'] }),
    ]);
  });

  it('should not carry answers to questions the role is no longer asked, nor the same question twice', () => {
    const previous = [answer('internal-sales-meetings', { optionId: 'l2' }), answer('partner-trust', { optionId: 'l1' }), answer('partner-trust', { optionId: 'l4' })];
    expect(carryOverAnswers(fixtureQuestionnaire, 'PARTNER', previous)).toEqual([answer('partner-trust', { optionId: 'l1' })]);
  });

  it('should store blank text and comments as absent and selections sorted', () => {
    const previous = [answer('strategy-notes', { text: '   ', comment: ' ' }), answer('channels', { optionIds: ['web', 'phone', 'web'], comment: '\n' })];
    expect(carryOverAnswers(fixtureQuestionnaire, 'MANAGEMENT', previous)).toEqual([answer('channels', { optionIds: ['phone', 'web'] })]);
  });

  it('should only return answers a save would accept', () => {
    const previous = [
      answer('strategy-shared', { optionId: 'l9', optionIds: ['l1'], text: 'x', comment: 'c'.repeat(3000) }),
      answer('channels', { optionId: 'web' }),
      answer('strategy-notes', { optionId: 'l1', text: '' }),
    ];
    const carried = carryOverAnswers(fixtureQuestionnaire, 'SALES', previous);
    expect(carried).toEqual([]);
    expect(validateAnswerBatch(fixtureQuestionnaire, 'SALES', carried)).toEqual([]);
  });
});
