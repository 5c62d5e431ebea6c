import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './answer.js';
import type { RespondentRole } from './vocabulary.js';
import { MAX_COMMENT_LENGTH, validateAnswerBatch } from './validate-answers.js';
import { fixtureQuestionnaire } from '../scoring/test-fixtures.js';

const validate = (answers: AnswerValue[], role: RespondentRole = 'MANAGEMENT') =>
  validateAnswerBatch(fixtureQuestionnaire, role, answers);

describe('validateAnswerBatch', () => {
  it.each<[string, AnswerValue[], RespondentRole?]>([
    ['an empty batch', []],
    ['a level, a choice, a selection and a text', [
      { questionId: 'partner-trust', optionId: 'l4' },
      { questionId: 'sells-online', optionId: 'no' },
      { questionId: 'channels', optionIds: ['web', 'phone'] },
      { questionId: 'strategy-notes', text: 'x'.repeat(50) },
    ]],
    ['"don\'t know" and "not applicable"', [
      { questionId: 'partner-trust', optionId: 'dk' },
      { questionId: 'partner-kpi-flexibility', optionId: 'na' },
    ]],
    ['an answer that clears a question (all null)', [{ questionId: 'partner-trust', optionId: null, optionIds: null, text: null }]],
    ['an answer that clears a question (all absent)', [{ questionId: 'channels' }]],
    ['an empty selection', [{ questionId: 'channels', optionIds: [] }]],
    ['a comment alone, before choosing', [{ questionId: 'partner-trust', comment: 'Ask the CFO first' }]],
    ['a comment alone on a text question', [{ questionId: 'strategy-notes', comment: 'later' }]],
    ['a comment of exactly the limit', [{ questionId: 'partner-trust', optionId: 'l2', comment: 'c'.repeat(MAX_COMMENT_LENGTH) }]],
    ['an answer to a question hidden by showIf', [
      { questionId: 'sells-online', optionId: 'no' },
      { questionId: 'ecommerce-care', optionId: 'l3' },
    ]],
    ['a question addressed to the role', [{ questionId: 'internal-sales-meetings', optionId: 'l2' }], 'SALES'],
  ])('should accept %s', (_name, answers, role) => {
    expect(validate(answers, role)).toEqual([]);
  });

  it('should accept every option of a maturity question', () => {
    for (const optionId of ['l0', 'l1', 'l2', 'l3', 'l4', 'na', 'dk']) {
      expect(validate([{ questionId: 'partner-trust', optionId }])).toEqual([]);
    }
  });

  it('should name the question, the wrong option and the valid choices', () => {
    expect(validate([{ questionId: 'partner-trust', optionId: 'l2' }, { questionId: 'partner-kpi-flexibility', optionId: 'l7' }])).toEqual([{
      index: 1,
      questionId: 'partner-kpi-flexibility',
      field: 'answers[1].optionId',
      message: 'Question "partner-kpi-flexibility" has no option "l7". Choose one of: l0, l1, l2, l3, l4, na, dk.',
    }]);
  });

  it.each<[string, AnswerValue[], RespondentRole, string, RegExp]>([
    ['an unknown question', [{ questionId: 'partner-happiness', optionId: 'l2' }], 'MANAGEMENT',
      'answers[0].questionId', /^Question "partner-happiness" does not exist in questionnaire "fixture-check" version 1\.0\.0\./],
    ['a question not addressed to the role', [{ questionId: 'internal-sales-meetings', optionId: 'l2' }], 'PARTNER',
      'answers[0].questionId', /^Question "internal-sales-meetings" is asked only to MANAGEMENT, SALES, OPERATIONS; a PARTNER respondent cannot answer it\.$/],
    ['the same question twice', [{ questionId: 'partner-trust', optionId: 'l2' }, { questionId: 'partner-trust', optionId: 'l3' }], 'MANAGEMENT',
      'answers[1].questionId', /appears twice in this batch \(first at answers\[0\]\)/],
    ['an unknown choice option', [{ questionId: 'sells-online', optionId: 'maybe' }], 'MANAGEMENT',
      'answers[0].optionId', /^Question "sells-online" has no option "maybe"\. Choose one of: yes, no\.$/],
    ['a list for a maturity question', [{ questionId: 'partner-trust', optionIds: ['l2'] }], 'MANAGEMENT',
      'answers[0].optionIds', /takes one answer: send optionId, not optionIds/],
    ['a list for a choice question', [{ questionId: 'sells-online', optionIds: ['yes'] }], 'MANAGEMENT',
      'answers[0].optionIds', /takes one answer/],
    ['text for a maturity question', [{ questionId: 'partner-trust', text: 'quite good' }], 'MANAGEMENT',
      'answers[0].text', /send optionId, not text/],
    ['a single option for a multi question', [{ questionId: 'channels', optionId: 'web' }], 'MANAGEMENT',
      'answers[0].optionId', /allows several answers: send optionIds/],
    ['text for a multi question', [{ questionId: 'channels', text: 'web' }], 'MANAGEMENT',
      'answers[0].text', /send optionIds, not text/],
    ['more options than the question has', [{ questionId: 'channels', optionIds: ['web', 'shop', 'phone', 'fax'] }], 'MANAGEMENT',
      'answers[0].optionIds', /^Question "channels" has 3 options but 4 were sent\./],
    ['an option listed twice', [{ questionId: 'channels', optionIds: ['web', 'web'] }], 'MANAGEMENT',
      'answers[0].optionIds[1]', /^Option "web" is listed more than once for question "channels"\./],
    ['an unknown option in a selection', [{ questionId: 'channels', optionIds: ['web', 'fax'] }], 'MANAGEMENT',
      'answers[0].optionIds[1]', /^Question "channels" has no option "fax"\. Choose from: web, shop, phone\.$/],
    ['an option for a text question', [{ questionId: 'strategy-notes', optionId: 'yes' }], 'MANAGEMENT',
      'answers[0].optionId', /is answered in words: send text, not optionId/],
    ['a list for a text question', [{ questionId: 'strategy-notes', optionIds: ['yes'] }], 'MANAGEMENT',
      'answers[0].optionIds', /is answered in words: send text, not optionIds/],
    ['a text over the question\'s limit', [{ questionId: 'strategy-notes', text: 'x'.repeat(51) }], 'MANAGEMENT',
      'answers[0].text', /is 51 characters long; shorten it to 50 characters or fewer/],
    ['a comment over the limit', [{ questionId: 'partner-trust', comment: 'c'.repeat(MAX_COMMENT_LENGTH + 1) }], 'MANAGEMENT',
      'answers[0].comment', /is 2001 characters long; shorten it to 2000 characters or fewer/],
  ])('should reject %s', (_name, answers, role, field, message) => {
    const errors = validate(answers, role);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(field);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.questionId).toBe(answers[errors[0]!.index]!.questionId);
  });

  it('should report every problem of a batch, in batch order', () => {
    const errors = validate([
      { questionId: 'partner-trust', optionId: 'l9', comment: 'c'.repeat(MAX_COMMENT_LENGTH + 1) },
      { questionId: 'partner-trust', optionId: 'l1' },
      { questionId: 'nope' },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['answers[0].optionId', 'answers[0].comment', 'answers[1].questionId', 'answers[2].questionId']);
  });
});
