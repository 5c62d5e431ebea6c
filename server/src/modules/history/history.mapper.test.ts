import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { findQuestionnaire, localize, resultDelta, type AssessmentScore } from '@omcheck/shared';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import { RecommendationEntity } from '../recommendation/recommendation.entity.js';
import { ResultSnapshotEntity } from '../result/result-snapshot.entity.js';
import { toResultDeltaGql } from './history.mapper.js';
import type { CheckupChange } from './history.service.js';

const previousQuestionnaire = findQuestionnaire('om-health-check', '1.0.0')!;
const rule = previousQuestionnaire.recommendations.find((r) => r.dimensionId === 'strategy')!;

function change(): CheckupChange {
  const score = { overallScore: 40, dimensions: [{ dimensionId: 'strategy', score: 40 }, { dimensionId: 'gone', score: 10 }] } as unknown as AssessmentScore;
  const recommendation = (id: string, values: Partial<RecommendationEntity>) =>
    Object.assign(new RecommendationEntity(), { id, ruleId: null, dimensionId: null, status: 'DONE', customTitle: null, ...values });
  const recommendations = [
    recommendation('from-rule', { ruleId: rule.id, dimensionId: 'strategy' }),
    recommendation('hand-written', { customTitle: 'Visit a peer company', dimensionId: 'gone' }),
    recommendation('open', { ruleId: rule.id, dimensionId: 'strategy', status: 'ACCEPTED' }),
  ];
  const current = { questionnaireKey: 'om-health-check', questionnaireVersion: '1.1.0', overallScore: 55.5, dimensions: [{ dimensionId: 'strategy', score: 60 }] };
  return {
    previous: {
      assessment: Object.assign(new AssessmentEntity(), { id: 'a0', title: null }),
      snapshot: Object.assign(new ResultSnapshotEntity(), { questionnaireKey: 'om-health-check', questionnaireVersion: '1.0.0', score, createdAt: new Date(0) }),
      recommendations,
      questionnaire: previousQuestionnaire,
    },
    delta: resultDelta(current, { questionnaireKey: 'om-health-check', questionnaireVersion: '1.0.0', overallScore: 40, dimensions: score.dimensions }, recommendations),
  };
}

describe('toResultDeltaGql', () => {
  it('should name dimensions as the current result does and done recommendations in the requested language', () => {
    const gql = toResultDeltaGql(change(), { dimensions: [{ dimensionId: 'strategy', title: 'Strategia' }] as never }, 'it');
    expect(gql).toMatchObject({
      assessmentId: 'a0', title: 'Self-assessment', overallDelta: 15.5, previousOverallScore: 40, previousQuestionnaireVersion: '1.0.0',
      sameQuestionnaireVersion: false, removedDimensionIds: ['gone'], addedDimensionIds: [],
    });
    expect(gql.dimensions).toEqual([expect.objectContaining({ dimensionId: 'strategy', title: 'Strategia', delta: 20, previousScore: 40, score: 60 })]);
    expect(gql.doneRecommendations.map((d) => ({ ...d }))).toEqual([
      { recommendationId: 'from-rule', title: localize(rule.title, 'it'), dimensionId: 'strategy', dimensionTitle: 'Strategia', dimensionDelta: 20 },
      { recommendationId: 'hand-written', title: 'Visit a peer company', dimensionId: 'gone', dimensionTitle: 'gone', dimensionDelta: null },
    ]);
  });
});
