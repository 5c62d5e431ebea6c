import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../domain/condition.schema.js';
import type { Question } from '../domain/questionnaire.schema.js';
import type { RespondentRole } from '../domain/vocabulary.js';
import { questionIndex } from '../domain/question-index.js';
import { applicableQuestions, isQuestionVisibleFor } from './visibility.js';
import { answerMap, fixtureQuestionnaire, mustValidate, fixtureCopy } from './test-fixtures.js';
import { respondentArbitrary } from './test-arbitraries.js';

const base = questionIndex(fixtureQuestionnaire).get('partner-trust')!.question;
const withShowIf = (showIf: Condition): Question => ({ ...base, showIf });

describe('isQuestionVisibleFor', () => {
  const answers = answerMap({ 'sells-online': 'yes', 'partner-kpi-flexibility': 'l3', 'strategy-translated': 'dk', channels: ['web', 'shop'] });

  it.each<[string, Condition | undefined, boolean]>([
    ['a question without showIf', undefined, true],
    ['a chosen option', { question: 'sells-online', is: ['yes'] }, true],
    ['an option not chosen', { question: 'sells-online', is: ['no'] }, false],
    ['an option of a multi selection', { question: 'channels', is: ['phone', 'shop'] }, true],
    ['an option missing from a multi selection', { question: 'channels', is: ['phone'] }, false],
    ['an unanswered question', { question: 'partner-trust', is: ['l1'] }, false],
    ['a level in range', { question: 'partner-kpi-flexibility', score: { gte: 3 } }, true],
    ['a level out of range', { question: 'partner-kpi-flexibility', score: { lt: 3 } }, false],
    ['a don\'t know scored as 0', { question: 'strategy-translated', score: { lt: 1 } }, true],
    ['a don\'t know', { question: 'strategy-translated', dontKnow: true }, true],
    ['no don\'t know', { question: 'partner-kpi-flexibility', dontKnow: true }, false],
    ['a negation of an unanswered question', { not: { question: 'partner-trust', is: ['l1'] } }, true],
    ['all parts holding', { all: [{ question: 'sells-online', is: ['yes'] }, { question: 'channels', is: ['web'] }] }, true],
    ['all with a failing part', { all: [{ question: 'sells-online', is: ['yes'] }, { question: 'channels', is: ['phone'] }] }, false],
    ['any with one part holding', { any: [{ question: 'sells-online', is: ['no'] }, { question: 'channels', is: ['web'] }] }, true],
    ['a fact unknown while answering', { overall: { gte: 0 } }, false],
  ])('should decide %s', (_name, showIf, visible) => {
    const question = showIf ? withShowIf(showIf) : base;
    expect(isQuestionVisibleFor(question, answers)).toBe(visible);
  });
});

describe('applicableQuestions', () => {
  const ids = (role: RespondentRole, answers: Parameters<typeof answerMap>[0]) =>
    applicableQuestions(fixtureQuestionnaire, role, answerMap(answers)).map((q) => q.id);

  it('should list the visible questions addressed to the role, in order', () => {
    expect(ids('MANAGEMENT', {})).toEqual([
      'strategy-shared', 'strategy-translated', 'sells-online', 'strategy-notes', 'partner-kpi-flexibility', 'partner-trust',
      'internal-sales-meetings', 'channels', 'marketing-with-sales', 'customer-repository', 'customer-analytics',
      'customer-predictive', 'customer-insight-daily',
    ]);
  });

  it('should show a gated question once its gate is answered', () => {
    expect(ids('MANAGEMENT', { 'sells-online': 'yes' })).toContain('ecommerce-care');
    expect(ids('MANAGEMENT', { 'sells-online': 'no' })).not.toContain('ecommerce-care');
  });

  it('should leave out questions not addressed to the role', () => {
    expect(ids('PARTNER', {})).not.toContain('internal-sales-meetings');
    expect(ids('OPERATIONS', {})).toContain('internal-sales-meetings');
  });

  it('should not let an answer to a hidden question show later questions', () => {
    // q-gate (choice) → q-mid shown if gate is yes → q-late shown if q-mid is l4.
    const definition = fixtureCopy();
    const marketing = definition.dimensions[2].questions;
    marketing[2].showIf = { question: 'ecommerce-care', is: ['l4'] };
    const questionnaire = mustValidate(definition);
    const visible = (gate: string) => applicableQuestions(questionnaire, 'MANAGEMENT',
      answerMap({ 'sells-online': gate, 'ecommerce-care': 'l4' })).map((q) => q.id);
    expect(visible('yes')).toEqual(expect.arrayContaining(['ecommerce-care', 'marketing-with-sales']));
    expect(visible('no')).not.toContain('ecommerce-care');
    expect(visible('no')).not.toContain('marketing-with-sales');
  });

  it('should return questions in questionnaire order, each addressed to the role and visible', () => {
    const order = questionIndex(fixtureQuestionnaire);
    fc.assert(fc.property(respondentArbitrary(fixtureQuestionnaire), (r) => {
      const questions = applicableQuestions(fixtureQuestionnaire, r.role, r.answers);
      const positions = questions.map((q) => order.get(q.id)!.order);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      for (const q of questions) {
        expect(q.roles === undefined || q.roles.includes(r.role)).toBe(true);
        expect(isQuestionVisibleFor(q, r.answers)).toBe(true);
      }
    }));
  });
});
