import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badAnswersOf, errorCodeOf, fieldErrorsOf, retryAfterSecondsOf } from './errors';

const failure = (...errors: Array<{ message: string; extensions: Record<string, unknown> }>) =>
  new CombinedError({ graphQLErrors: errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions })) });

describe('errorCodeOf', () => {
  it('should recognise RATE_LIMITED', () => {
    expect(errorCodeOf(failure({ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }))).toBe('RATE_LIMITED');
  });
});

describe('retryAfterSecondsOf', () => {
  it('should read the seconds to wait, rounded up', () => {
    expect(retryAfterSecondsOf(failure({ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 29.2 } }))).toBe(30);
  });

  it('should give null without a usable number', () => {
    expect(retryAfterSecondsOf(failure({ message: 'x', extensions: { code: 'RATE_LIMITED' } }))).toBeNull();
    expect(retryAfterSecondsOf(null)).toBeNull();
  });
});

describe('fieldErrorsOf', () => {
  it('should map every problem to its field, keeping the first message per field', () => {
    const error = failure({
      message: 'Give your name. Use at least 10 characters.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'name',
        problems: [
          { field: 'name', message: 'Give your name.' },
          { field: 'input.password', message: 'Use at least 10 characters.' },
          { field: 'password', message: 'second' },
        ],
      },
    });
    expect(fieldErrorsOf(error)).toEqual({ name: 'Give your name.', password: 'Use at least 10 characters.' });
  });

  it('should fall back to extensions.field with the error message', () => {
    expect(fieldErrorsOf(failure({ message: 'Taken.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }))).toEqual({ email: 'Taken.' });
  });

  it('should ignore other codes and errors without a field', () => {
    expect(fieldErrorsOf(failure({ message: 'x', extensions: { code: 'NOT_FOUND', field: 'id' } }))).toEqual({});
    expect(fieldErrorsOf(failure({ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }))).toEqual({});
  });
});

describe('badAnswersOf', () => {
  it('should name the refused answers and fields of a saveAnswers error', () => {
    // The shape the server sends for a comment with a NUL character (U+0000).
    const nul = failure({
      message: 'The text in answers[1].comment contains a NUL character (U+0000).',
      extensions: { code: 'BAD_USER_INPUT', field: 'answers[1].comment', problems: [{ field: 'answers[1].comment', message: 'Contains a NUL character (U+0000).' }] },
    });
    expect(badAnswersOf(nul)).toEqual([{ index: 1, field: 'comment' }]);
  });

  it('should fall back to extensions.field, keep one entry per answer and ignore other fields', () => {
    const mixed = failure(
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'answers[3]' } },
      { message: 'y', extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'answers[0].optionId' }, { field: 'answers[0].comment' }, { field: 'token' }] } },
    );
    expect(badAnswersOf(mixed)).toEqual([{ index: 0, field: 'optionId' }, { index: 3, field: null }]);
  });
});
