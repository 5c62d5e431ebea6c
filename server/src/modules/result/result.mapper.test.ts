import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { findQuestionnaire, scoreAssessment, type AnswerValue, type Questionnaire } from '@omcheck/shared';
import { ResultSnapshotEntity } from './result-snapshot.entity.js';
import { toAssessmentResultGql } from './result.mapper.js';

/** A snapshot of one MANAGEMENT respondent: strategy, partnership and lifecycle at 4, everything else at 1. */
function snapshotOf(questionnaire: Questionnaire): ResultSnapshotEntity {
  const answers = new Map<string, AnswerValue>();
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      if (question.kind !== 'maturity') continue;
      const level = ['strategy', 'partnership', 'lifecycle'].includes(dimension.id) ? 'l4' : 'l1';
      answers.set(question.id, { questionId: question.id, optionId: level });
    }
  }
  const score = scoreAssessment(questionnaire, [{ respondentId: 'r1', role: 'MANAGEMENT', answers }]);
  return Object.assign(new ResultSnapshotEntity(), {
    id: 's1', assessmentId: 'a1', scoringVersion: score.scoringVersion, questionnaireKey: questionnaire.key,
    questionnaireVersion: questionnaire.version, respondentCount: 1, score, createdAt: new Date(0),
  });
}

describe('toAssessmentResultGql', () => {
  it('should render a 1.1 result with its confidence, level names and the holism parts by title', () => {
    const questionnaire = findQuestionnaire('om-health-check', '1.1.0')!;
    const result = toAssessmentResultGql(snapshotOf(questionnaire), [], questionnaire, 'en');
    expect(result.scoringVersion).toBe('1.1.0');
    expect(result.maturityLevelNames).toEqual(['Fragmented approach', 'Coordinated approach', 'Aligned approach', 'Connected approach', 'Holistic approach']);
    expect(result.confidence).toBe('HIGH');
    expect(result.holismHoldsTogether).toBe(false);
    expect(result.holismStrongParts).toEqual(['Strategic orientation & holistic linkage', 'Partnership model', 'Outsourcing lifecycle & governance']);
    expect(result.holismWeakParts.length).toBe(4);
    expect(result.customerFocusLadder.map((s) => s.questionCount)).toEqual([3, 3, 3, 3]);
  });

  it('should render a 1.0 result with the 1.0 level names and no 1.1 findings', () => {
    const questionnaire = findQuestionnaire('om-health-check', '1.0.0')!;
    const result = toAssessmentResultGql(snapshotOf(questionnaire), [], questionnaire, 'fa');
    expect(result.scoringVersion).toBe('1.0.0');
    expect(result.maturityLevelNames[0]).toBe('تأمین‌کنندهٔ معامله‌محور');
    expect(result.confidence).toBeNull();
    expect(result.holismHoldsTogether).toBeNull();
    expect(result.customerFocusLadder.every((s) => s.distance === null && !s.withinOneStep)).toBe(true);
  });
});
