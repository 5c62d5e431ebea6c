import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a password is refused; null when it is acceptable. */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON';

/**
 * Checks a new password: long enough, not absurdly long (hashing cost), and not one of the
 * passwords attackers try first — compared case-insensitively, and a single repeated character
 * counts as common.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  const normalised = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(normalised) || /^(.)\1+$/u.test(normalised)) return 'TOO_COMMON';
  return null;
}
