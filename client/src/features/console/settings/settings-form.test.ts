import { describe, expect, it } from 'vitest';
import { draftFrom, parseLocaleNumber, settingsInput, settingsServerErrors, validateDraft } from './settings-form';

describe('parseLocaleNumber', () => {
  it.each([
    ['42', 42], [' 7 ', 7], ['72.5', 72.5], ['72,5', 72.5], ['۴۲', 42], ['٧٢', 72], ['۷۲٫۵', 72.5],
  ])('should read %s as %s', (text, value) => {
    expect(parseLocaleNumber(text)).toBe(value);
  });

  it.each(['', '  ', 'abc', '-3', '1e3', '4 2', '12.'])('should refuse %j', (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });
});

describe('validateDraft', () => {
  const ids = ['a', 'b'];

  it('should accept a whole group size from 1 to 50 and empty targets', () => {
    expect(validateDraft({ minGroupSize: '1', desired: '', targets: {} }, ids)).toEqual({});
    expect(validateDraft({ minGroupSize: '50', desired: '', targets: { a: '', b: '100' } }, ids)).toEqual({});
  });

  it('should flag a group size outside 1–50 or not whole', () => {
    for (const size of ['0', '51', '2.5', '', 'x']) {
      expect(validateDraft({ minGroupSize: size, desired: '', targets: {} }, ids)).toEqual({ minGroupSize: 'minGroupSize' });
    }
  });

  it('should flag targets outside 0–100 by dimension', () => {
    expect(validateDraft({ minGroupSize: '3', desired: '', targets: { a: '101', b: 'x' } }, ids)).toEqual({ 'target:a': 'target', 'target:b': 'target' });
  });
});

describe('settingsInput', () => {
  it('should send typed targets in questionnaire order and clear the model for "not set"', () => {
    const { input, sentTargetIds } = settingsInput('as1', { minGroupSize: '۳', desired: '', targets: { c: '60', a: '70,5', b: ' ' } }, ['a', 'b', 'c']);
    expect(input).toEqual({ assessmentId: 'as1', minGroupSize: 3, desiredRelationshipModel: null, targets: [{ dimensionId: 'a', score: 70.5 }, { dimensionId: 'c', score: 60 }] });
    expect(sentTargetIds).toEqual(['a', 'c']);
  });

  it('should round-trip stored settings through a draft', () => {
    const draft = draftFrom({ minGroupSize: 4, desiredRelationshipModel: 'OUTCOME_BASED', targets: [{ dimensionId: 'b', score: 75 }] });
    expect(draft).toEqual({ minGroupSize: '4', desired: 'OUTCOME_BASED', targets: { b: '75' } });
    expect(settingsInput('x', draft, ['a', 'b']).input.targets).toEqual([{ dimensionId: 'b', score: 75 }]);
  });
});

describe('settingsServerErrors', () => {
  it('should map targets[i] to the i-th dimension sent and keep the first message per field', () => {
    const errors = settingsServerErrors(
      [
        { field: 'targets[1].score', message: 'A score from 0 to 100.' },
        { field: 'targets[1].dimensionId', message: 'Each dimension once.' },
        { field: 'input.minGroupSize', message: 'Use a whole number from 1 to 50.' },
        { field: 'targets[9].score', message: 'ignored' },
        { field: 'somethingElse', message: 'ignored' },
      ],
      ['a', 'c'],
    );
    expect(errors).toEqual({ 'target:c': 'A score from 0 to 100.', minGroupSize: 'Use a whole number from 1 to 50.' });
  });
});
