import { describe, expect, it } from 'vitest';
import { compareVersionsNewestFirst } from './questionnaire-version.js';

describe('compareVersionsNewestFirst', () => {
  it.each([
    [['1.0.0', '1.1.0'], ['1.1.0', '1.0.0']],
    [['1.9.0', '1.10.0', '1.2.3'], ['1.10.0', '1.9.0', '1.2.3']],
    [['2.0.0', '10.0.0', '1.99.99'], ['10.0.0', '2.0.0', '1.99.99']],
    [['1.0.1', '1.0.0', '1.0.10'], ['1.0.10', '1.0.1', '1.0.0']],
  ])('should put %j in the order %j', (versions, expected) => {
    expect([...versions].sort(compareVersionsNewestFirst)).toEqual(expected);
  });

  it('should treat equal versions as equal', () => {
    expect(compareVersionsNewestFirst('1.2.3', '1.2.3')).toBe(0);
  });
});
