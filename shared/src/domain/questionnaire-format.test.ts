import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_FORMAT_EXAMPLE } from './questionnaire-format.example.js';
import { validateQuestionnaire } from './validate-questionnaire.js';

/** A deep, mutable copy of the documented example to break on purpose. */
function example(): Record<string, any> {
  return JSON.parse(JSON.stringify(QUESTIONNAIRE_FORMAT_EXAMPLE)) as Record<string, any>;
}

function errorsOf(input: unknown): string[] {
  const result = validateQuestionnaire(input);
  return result.ok ? [] : result.errors;
}

describe('the example of docs/questionnaire-format.md', () => {
  it('should be a valid questionnaire under the same schema the built-in content uses', () => {
    const result = validateQuestionnaire(QUESTIONNAIRE_FORMAT_EXAMPLE);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const care = result.questionnaire.dimensions[0]!.questions[2]!;
    expect(care.kind === 'maturity' && care.weight).toBe(1);
  });

  it.each([
    ['a version that is not semver', (d: Record<string, any>) => { d.version = 'v2'; },
      'version: version must be semver (1.2.3)'],
    ['four level descriptors', (d: Record<string, any>) => { d.dimensions[0].questions[1].levels.pop(); },
      'dimensions[0].questions[1].levels: '],
    ['an unknown tag', (d: Record<string, any>) => { d.dimensions[0].questions[1].tags.push('synergy'); },
      'dimensions[0].questions[1].tags[2]: '],
    ['a seed file that does not exist', (d: Record<string, any>) => { d.flags[0].seeds = ['005_missing.txt']; },
      'flags[0].seeds[0]: '],
    ['a condition on a question that does not exist', (d: Record<string, any>) => { d.flags[0].condition.question = 'marketing-plan'; },
      'flags[0].condition: question "marketing-plan" does not exist'],
    ['a showIf on a later question', (d: Record<string, any>) => {
      const questions = d.dimensions[0].questions;
      [questions[0], questions[2]] = [questions[2], questions[0]];
    }, 'dimensions[0].questions[0].showIf'],
    ['a recommendation for a dimension that does not exist', (d: Record<string, any>) => { d.recommendations[0].dimensionId = 'sales'; },
      'recommendations[0].dimensionId: '],
  ])('should name the path and the problem for %s', (_what, breakIt, expectedStart) => {
    const broken = example();
    breakIt(broken);
    const errors = errorsOf(broken);
    expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
    const line = errors.find((e) => e.startsWith(expectedStart));
    expect(line, errors.join('\n')).toBeDefined();
    expect(line!.slice(line!.indexOf(': ') + 2).trim().length, `${line} says what is wrong`).toBeGreaterThan(5);
  });
});
