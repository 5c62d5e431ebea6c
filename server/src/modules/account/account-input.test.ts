import { BadUserInputError } from '@omcheck/shared';
import { describe, expect, it } from 'vitest';
import { normaliseEmail, validateSignUp, type SignUpCommand } from './account-input.js';

const valid: SignUpCommand = { name: ' Ana ', email: ' Ana@Example.COM ', password: 'blue-harbour-tuesday', workspaceName: ' Ana Advisory ', invitationToken: null };

function problemFields(command: SignUpCommand): string[] {
  try {
    validateSignUp(command);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(BadUserInputError);
    return (err as BadUserInputError).problems.map((p) => p.field);
  }
}

describe('validateSignUp', () => {
  it('should trim the fields and lower-case the email', () => {
    expect(validateSignUp(valid)).toEqual({ ...valid, name: 'Ana', email: 'ana@example.com', workspaceName: 'Ana Advisory' });
  });

  it('should report every bad field at once', () => {
    expect(problemFields({ name: '', email: 'nope', password: 'short', workspaceName: '', invitationToken: null })).toEqual([
      'name', 'email', 'password', 'workspaceName',
    ]);
  });

  it('should need no workspace name when joining by invitation', () => {
    expect(problemFields({ ...valid, workspaceName: null, invitationToken: 'token' })).toEqual([]);
  });

  it('should compare emails however they are typed', () => {
    expect(normaliseEmail('  X@Y.Z ')).toBe('x@y.z');
  });
});
