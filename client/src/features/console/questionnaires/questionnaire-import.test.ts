import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_QUESTIONNAIRE_CHARS, formatImportProblem, importProblemsOf, importTextIssue } from './questionnaire-import';

const failure = (...errors: Array<{ message: string; extensions: Record<string, unknown> }>) =>
  new CombinedError({ graphQLErrors: errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions })) });

describe('importProblemsOf', () => {
  it('should keep every problem, in order, with its path', () => {
    const error = failure({
      message: 'The questionnaire is not valid: …. Nothing was imported.',
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'version', message: 'version must be semver (1.2.3)' },
          { field: 'dimensions[0].questions[1].levels', message: 'Too small: expected array to have exactly 5 items' },
          { field: 'dimensions[0].questions[1].levels', message: 'a second problem on the same path' },
        ],
      },
    });
    expect(importProblemsOf(error)).toEqual([
      { path: 'version', message: 'version must be semver (1.2.3)' },
      { path: 'dimensions[0].questions[1].levels', message: 'Too small: expected array to have exactly 5 items' },
      { path: 'dimensions[0].questions[1].levels', message: 'a second problem on the same path' },
    ]);
  });

  it('should fall back to extensions.field and drop the input prefix', () => {
    const error = failure({ message: 'json must be shorter than or equal to 100000 characters', extensions: { code: 'BAD_USER_INPUT', field: 'input.json' } });
    expect(importProblemsOf(error)).toEqual([{ path: 'json', message: 'json must be shorter than or equal to 100000 characters' }]);
  });

  it('should give nothing for other failures', () => {
    expect(importProblemsOf(failure({ message: 'no', extensions: { code: 'FORBIDDEN' } }))).toEqual([]);
    expect(importProblemsOf(null)).toEqual([]);
  });
});

describe('formatImportProblem', () => {
  it('should join path and problem with a dash', () => {
    expect(formatImportProblem({ path: 'flags[0].condition', message: 'question "x" does not exist' })).toBe('flags[0].condition — question "x" does not exist');
  });

  it('should show the problem alone without a path', () => {
    expect(formatImportProblem({ path: '', message: 'Not valid JSON.' })).toBe('Not valid JSON.');
  });
});

describe('importTextIssue', () => {
  it('should refuse empty, oversized and unparsable text', () => {
    expect(importTextIssue('  \n')).toBe('empty');
    expect(importTextIssue(`"${'x'.repeat(MAX_QUESTIONNAIRE_CHARS)}"`)).toBe('tooLarge');
    expect(importTextIssue('{ "key": ')).toBe('notJson');
  });

  it('should let any JSON through for the server to validate', () => {
    expect(importTextIssue('{ "key": "my-lens" }')).toBeNull();
  });
});
