import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it.each([
    ['short', 'TOO_SHORT'],
    ['123456789', 'TOO_SHORT'],
    ['1234567890', 'TOO_COMMON'],
    ['Password123', 'TOO_COMMON'],
    ['  QWERTYUIOP ', 'TOO_COMMON'],
    ['zzzzzzzzzzzz', 'TOO_COMMON'],
    ['x'.repeat(201), 'TOO_LONG'],
  ])('should refuse %j as %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('should accept a long uncommon password, counting characters not bytes', () => {
    expect(passwordProblem('blue-harbour-tuesday')).toBeNull();
    expect(passwordProblem('گذرواژه‌ی‌بلند')).toBeNull();
  });
});
