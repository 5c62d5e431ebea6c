import { describe, expect, it } from 'vitest';
import { questionIndex, validateQuestionnaire } from './validate-questionnaire.js';
import { fixtureCopy, fixtureDefinition, fixtureQuestionnaire } from '../scoring/test-fixtures.js';

type Definition = Record<string, any>;

/** Errors of validating a broken copy of the fixture. */
function errorsAfter(breakIt: (d: Definition) => void): string[] {
  const copy = fixtureCopy();
  breakIt(copy);
  const result = validateQuestionnaire(copy);
  return result.ok ? [] : result.errors;
}

const question = (d: Definition, dim: number, q: number): Definition => d.dimensions[dim].questions[q];

describe('validateQuestionnaire', () => {
  it('should accept the fixture and apply the schema defaults', () => {
    const result = validateQuestionnaire(fixtureDefinition);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const trust = result.questionnaire.dimensions[1]!.questions[1]!;
    expect(trust.kind === 'maturity' && trust.weight).toBe(1);
  });

  it.each([
    ['a string instead of an object', 'not a questionnaire', /^\(root\): /],
    ['a missing title', (() => { const d = fixtureCopy(); delete d.title; return d; })(), /^title: /],
    ['a question id that is not kebab-case', (() => { const d = fixtureCopy(); question(d, 0, 0).id = 'Bad Id'; return d; })(),
      /^dimensions\[0\]\.questions\[0\]\.id: ids are lower-case kebab-case$/],
    ['four level descriptors instead of five', (() => { const d = fixtureCopy(); question(d, 1, 0).levels.pop(); return d; })(),
      /^dimensions\[1\]\.questions\[0\]\.levels: /],
    ['an unknown condition form', (() => { const d = fixtureCopy(); d.flags[0].condition = { answer: 'x' }; return d; })(),
      /^flags\[0\]\.condition: not a valid condition; write exactly one of these forms: all, any, not/],
    ['a bad bound deep inside a condition', (() => { const d = fixtureCopy(); d.flags[0].condition.all[1].score = { lt: 'two' }; return d; })(),
      /^flags\[0\]\.condition\.all\[1\]\.score\.lt: /],
    ['an unknown flag id', (() => { const d = fixtureCopy(); d.flags[0].id = 'NOT_A_FLAG'; return d; })(), /^flags\[0\]\.id: /],
  ])('should report schema errors as "path: message" lines for %s', (_name, input, pattern) => {
    const result = validateQuestionnaire(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => pattern.test(e)), result.errors.join('\n')).toBe(true);
  });

  it.each<[string, (d: Definition) => void, string]>([
    ['a duplicate dimension id', (d) => { d.dimensions[1].id = 'strategy'; },
      'dimensions[1].id: dimension id "strategy" is already used at dimensions[0]'],
    ['a question id repeated in another dimension', (d) => { question(d, 2, 2).id = 'strategy-shared'; },
      'dimensions[2].questions[2].id: question id "strategy-shared" is already used at dimensions[0].questions[0]'],
    ['a duplicate option id', (d) => { question(d, 0, 2).options[1].id = 'yes'; },
      'dimensions[0].questions[2].options[1].id: option id "yes" is already used at dimensions[0].questions[2].options[0]'],
    ['a duplicate flag id', (d) => { d.flags[3].id = 'STAGE_SKIPPING'; },
      'flags[3].id: flag id "STAGE_SKIPPING" is already used at flags[2]'],
    ['a duplicate recommendation id', (d) => { d.recommendations[1].id = 'fix-ecommerce-care'; },
      'recommendations[1].id: recommendation id "fix-ecommerce-care" is already used at recommendations[0]'],
    ['a showIf on an unknown question', (d) => { question(d, 2, 1).showIf = { question: 'sells-abroad', is: ['yes'] }; },
      'dimensions[2].questions[1].showIf: question "sells-abroad" does not exist'],
    ['a showIf on a later question', (d) => { question(d, 0, 0).showIf = { question: 'sells-online', is: ['yes'] }; },
      'dimensions[0].questions[0].showIf: question "sells-online" does not come before this question; showIf may only depend on earlier questions'],
    ['a showIf on the question itself', (d) => { question(d, 0, 2).showIf = { not: { question: 'sells-online', is: ['no'] } }; },
      'dimensions[0].questions[2].showIf.not: question "sells-online" does not come before this question'],
    ['a showIf on a dimension score', (d) => { question(d, 2, 1).showIf = { all: [{ question: 'sells-online', is: ['yes'] }, { dimension: 'strategy', score: { gte: 50 } }] }; },
      'dimensions[2].questions[1].showIf.all[1]: showIf may only test answers to earlier questions'],
    ['an unknown level option', (d) => { d.flags[1].condition = { question: 'strategy-translated', is: ['l7'] }; },
      'flags[1].condition: question "strategy-translated" has no option "l7" (its options: l0, l1, l2, l3, l4, na, dk)'],
    ['an unknown choice option', (d) => { d.flags[0].condition.all[0].is = ['maybe']; },
      'flags[0].condition.all[0]: question "sells-online" has no option "maybe" (its options: yes, no)'],
    ['an option test on a text question', (d) => { d.recommendations[0].condition = { question: 'strategy-notes', is: ['x'] }; },
      'recommendations[0].condition: question "strategy-notes" has no option "x" (its options: none, it is a text question)'],
    ['a score test on a choice question', (d) => { d.recommendations[0].condition = { question: 'sells-online', score: { gte: 1 } }; },
      'recommendations[0].condition: question "sells-online" is a choice question; score and dontKnow conditions need a maturity question'],
    ['a dontKnow test on a multi question', (d) => { d.recommendations[0].condition = { question: 'channels', dontKnow: true }; },
      'recommendations[0].condition: question "channels" is a multi question; score and dontKnow conditions need a maturity question'],
    ['a question score on the 0–100 scale', (d) => { d.flags[1].condition = { question: 'strategy-translated', score: { lte: 25 } }; },
      'flags[1].condition: bound 25 is outside the 0–4 scale of question scores (maturity levels)'],
    ['a dimension score above 100', (d) => { d.recommendations[1].condition.any[1].score = { lt: 150 }; },
      'recommendations[1].condition.any[1]: bound 150 is outside the 0–100 scale of dimension scores'],
    ['a stage above 4', (d) => { d.recommendations[2].condition = { customerFocusStage: { lt: 5 } }; },
      'recommendations[2].condition: bound 5 is outside the 0–4 scale of the customer-focus stage'],
    ['an overall score below 0', (d) => { d.recommendations[7].condition = { overall: { gte: -1 } }; },
      'recommendations[7].condition: bound -1 is outside the 0–100 scale of the overall score'],
    ['a holism bound above 100', (d) => { d.recommendations[5].condition = { holism: { lt: 101 } }; },
      'recommendations[5].condition: bound 101 is outside the 0–100 scale of the holism index'],
    ['a don\'t-know share above 100', (d) => { d.flags[3].condition = { dontKnowShare: { gte: 250 } }; },
      'flags[3].condition: bound 250 is outside the 0–100 scale of the don\'t-know share'],
    ['a tag score above 100', (d) => { d.recommendations[4].condition = { tag: 'flexibility', score: { lt: 500 } }; },
      'recommendations[4].condition: bound 500 is outside the 0–100 scale of tag scores'],
    ['an unknown dimension in a condition', (d) => { d.recommendations[1].condition.any[1].dimension = 'finance'; },
      'recommendations[1].condition.any[1]: dimension "finance" does not exist'],
    ['a tag no question carries', (d) => { d.recommendations[4].condition = { tag: 'ai-ml', score: { lt: 50 } }; },
      'recommendations[4].condition: no question carries the tag "ai-ml", so this condition can never hold'],
    ['a flag that is not defined', (d) => { d.recommendations[0].condition = { flag: 'MARKETING_DEFERRED' }; },
      'recommendations[0].condition: flag "MARKETING_DEFERRED" is not defined in this questionnaire'],
    ['a flag referring to a later flag', (d) => { d.flags[0].condition = { flag: 'KNOWLEDGE_GAP' }; },
      'flags[0].condition: flag "KNOWLEDGE_GAP" is defined at or after this flag; a flag may only refer to flags defined before it'],
    ['a flag referring to itself', (d) => { d.flags[3].condition = { any: [{ flag: 'KNOWLEDGE_GAP' }] }; },
      'flags[3].condition.any[0]: flag "KNOWLEDGE_GAP" is defined at or after this flag'],
    ['a recommendation on an unknown dimension', (d) => { d.recommendations[3].dimensionId = 'finance'; },
      'recommendations[3].dimensionId: dimension "finance" does not exist'],
    ['a recommendation on an unknown question', (d) => { d.recommendations[9].condition.question = 'weekly-meetings'; },
      'recommendations[9].condition: question "weekly-meetings" does not exist'],
  ])('should reject %s', (_name, breakIt, expected) => {
    const errors = errorsAfter(breakIt);
    expect(errors.some((e) => e.startsWith(expected)), `expected "${expected}" in:\n${errors.join('\n')}`).toBe(true);
  });

  it('should report every reference error at once', () => {
    const errors = errorsAfter((d) => {
      d.recommendations[3].dimensionId = 'finance';
      d.recommendations[9].condition.question = 'weekly-meetings';
    });
    expect(errors).toEqual([
      'recommendations[3].dimensionId: dimension "finance" does not exist',
      'recommendations[9].condition: question "weekly-meetings" does not exist',
    ]);
  });
});

describe('questionIndex', () => {
  it('should index every question with its dimension and questionnaire order', () => {
    const index = questionIndex(fixtureQuestionnaire);
    expect(index.size).toBe(14);
    expect([...index.keys()].slice(0, 5)).toEqual(['strategy-shared', 'strategy-translated', 'sells-online', 'strategy-notes', 'partner-kpi-flexibility']);
    const entry = index.get('ecommerce-care');
    expect(entry?.dimension.id).toBe('marketing');
    expect(entry?.order).toBe(8);
    expect(entry?.question.kind).toBe('maturity');
  });

  it('should return the same map for the same questionnaire object', () => {
    expect(questionIndex(fixtureQuestionnaire)).toBe(questionIndex(fixtureQuestionnaire));
  });
});
