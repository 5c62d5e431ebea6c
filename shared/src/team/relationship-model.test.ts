import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RespondentAnswers, levelOptionId } from '../domain/answer.js';
import { questionIndex } from '../domain/question-index.js';
import { DEFAULT_QUESTIONNAIRE_KEY, findQuestionnaire } from '../questionnaires/registry.js';
import { RELATIONSHIP_MODELS, classifyRelationship } from './relationship-model.js';

const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY)!;
const maturity = [...questionIndex(questionnaire).values()].map((e) => e.question).filter((q) => q.kind === 'maturity');

function everyoneAt(level: (tags: readonly string[]) => number): RespondentAnswers[] {
  return [{
    respondentId: 'r1',
    role: 'MANAGEMENT',
    answers: new Map(maturity.map((q) => [q.id, { questionId: q.id, optionId: levelOptionId(level(q.tags)) }])),
  }];
}

describe('classifyRelationship', () => {
  it.each([
    [4, 'STRATEGIC_PARTNERSHIP'],
    [3, 'STRATEGIC_PARTNERSHIP'],
    [2, 'PREFERRED_SUPPLIER'],
    [0, 'TRANSACTIONAL'],
  ])('should classify a company answering %i everywhere as %s', (level, model) => {
    expect(classifyRelationship(questionnaire, everyoneAt(() => level), null).current).toBe(model);
  });

  it('should tell a company that wants a partnership but contracts like a buyer what is missing', () => {
    const answers = everyoneAt((tags) => (tags.includes('flexibility') || tags.includes('shared-goals') ? 1 : 3));
    const result = classifyRelationship(questionnaire, answers, 'STRATEGIC_PARTNERSHIP');
    expect(result.behindDesired).toBe(true);
    expect(result.evidence.filter((e) => !e.met).map((e) => e.tag).sort()).toEqual(['flexibility', 'shared-goals']);
    expect(result.evidence.every((e) => e.questionIds.length > 0)).toBe(true);
  });

  it('should accept a transactional supplier as a legitimate choice', () => {
    const result = classifyRelationship(questionnaire, everyoneAt(() => 1), 'TRANSACTIONAL');
    expect(result).toMatchObject({ current: 'TRANSACTIONAL', desired: 'TRANSACTIONAL', behindDesired: false });
  });

  it('should never place a company lower when every answer rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }), (level, raise) => {
        const rank = (l: number) => RELATIONSHIP_MODELS.indexOf(classifyRelationship(questionnaire, everyoneAt(() => l), null).current);
        expect(rank(Math.min(4, level + raise))).toBeGreaterThanOrEqual(rank(level));
      }),
    );
  });

  it('should not flatter: unanswered conditions are not met', () => {
    expect(classifyRelationship(questionnaire, [], 'STRATEGIC_PARTNERSHIP')).toMatchObject({ current: 'TRANSACTIONAL', behindDesired: true });
  });
});
