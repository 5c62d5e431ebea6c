import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_MASK, createErrorFormatter } from './format-error.js';

const logger = pino({ level: 'silent' });
const validation = (message: string) => [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message)] as const;

describe('createErrorFormatter', () => {
  it('should mask field suggestions when asked to (production), and keep them otherwise', () => {
    const message = 'Cannot query field "progres" on type "SaveAnswersPayload". Did you mean "progress"?';
    expect(createErrorFormatter(logger, { hideFieldSuggestions: true })(...validation(message)).message)
      .toBe(`Cannot query field "progres" on type "SaveAnswersPayload". ${SUGGESTION_MASK}?`);
    expect(createErrorFormatter(logger)(...validation(message)).message).toBe(message);
  });

  it('should leave messages without suggestions as they are', () => {
    const message = 'Unknown argument "x" on field "Mutation.saveAnswers".';
    expect(createErrorFormatter(logger, { hideFieldSuggestions: true })(...validation(message))).toEqual({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
