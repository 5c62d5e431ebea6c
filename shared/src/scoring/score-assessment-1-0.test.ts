import { describe, expect, it } from 'vitest';
import type { RespondentAnswers } from '../domain/answer.js';
import type { AssessmentScore } from './result.types.js';
import { scoreAssessment10 as scoreAssessment } from './score-assessment-1-0.js';
import { fixtureQuestionnaire, respondent, workedExample } from './test-fixtures.js';

const score = (...respondents: RespondentAnswers[]) => scoreAssessment(fixtureQuestionnaire, respondents);
const dimension = (result: AssessmentScore, id: string) => result.dimensions.find((d) => d.dimensionId === id)!;
const question = (result: AssessmentScore, id: string) => result.questions.find((q) => q.questionId === id);

describe('scoreAssessment: the worked example of docs/scoring.md', () => {
  const result = score(workedExample);

  it('should compute the dimension scores and coverage', () => {
    expect(result.dimensions).toEqual([
      { dimensionId: 'strategy', score: 58.3, coverage: 1, insufficientData: false, answeredCount: 2, applicableCount: 2 },
      { dimensionId: 'partnership', score: 25, coverage: 1, insufficientData: false, answeredCount: 3, applicableCount: 3 },
      { dimensionId: 'marketing', score: 25, coverage: 0.6, insufficientData: false, answeredCount: 1, applicableCount: 2 },
      { dimensionId: 'customer', score: 75, coverage: 0.75, insufficientData: false, answeredCount: 3, applicableCount: 4 },
    ]);
  });

  it('should compute overall, level, holism, stage and the don\'t-know share', () => {
    expect(result).toMatchObject({
      scoringVersion: '1.0.0',
      overallScore: 50.8,
      maturityLevel: 3,
      holismIndex: 37,
      customerFocusStage: 0,
      dontKnowShare: 11.1,
      knowledgeGaps: ['internal-sales-meetings'],
    });
  });

  it('should fire the flags in questionnaire order, including a flag built on an earlier flag', () => {
    expect(result.flags).toEqual([
      { id: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE', severity: 'HIGH' },
      { id: 'STRATEGY_NOT_TRANSLATED', severity: 'HIGH' },
      { id: 'STAGE_SKIPPING', severity: 'MEDIUM' },
      { id: 'NO_SALES_OPS_DIALOGUE', severity: 'MEDIUM' },
    ]);
  });

  it('should put red-flag answers first at impact × 20, ties broken by the weaker dimension, then rule id', () => {
    expect(result.recommendations.map((r) => [r.ruleId, r.priority])).toEqual([
      ['fix-ecommerce-care', 100],
      ['translate-strategy', 80], // strategy 58.3 is weaker than customer 75
      ['fix-the-base', 80],
      ['link-the-parts', 33.3],
      ['loosen-kpis', 22.5],
      ['meet-monthly', 22.5],
      ['build-trust', 15],
      ['start-customer-repository', 11.3],
    ]);
  });

  it('should say why each recommendation fired', () => {
    const evidence = Object.fromEntries(result.recommendations.map((r) => [r.ruleId, r.evidence]));
    expect(evidence['fix-ecommerce-care']).toEqual([{ kind: 'flag', ref: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE' }]);
    expect(evidence['link-the-parts']).toEqual([{ kind: 'holism', value: 37 }]);
    expect(evidence['loosen-kpis']).toEqual([{ kind: 'tag', ref: 'flexibility', value: 25 }]);
    expect(evidence['meet-monthly']).toEqual([{ kind: 'dontKnow', ref: 'internal-sales-meetings' }]);
    expect(evidence['start-customer-repository']).toEqual([{ kind: 'customerFocusStage', value: 0 }]);
    expect(evidence['build-trust']).toEqual([]);
  });
});

describe('scoreAssessment: coverage and insufficient data', () => {
  it.each<[string, Record<string, string>, string, number | null, number]>([
    ['one of three equal questions (33 %)', { 'partner-trust': 'l4' }, 'partnership', null, 0.333],
    ['two of three equal questions (67 %)', { 'partner-trust': 'l4', 'partner-kpi-flexibility': 'l2' }, 'partnership', 75, 0.667],
    ['the heavy question of two (weight 2 of 3)', { 'strategy-shared': 'l2' }, 'strategy', 50, 0.667],
    ['the light question of two (weight 1 of 3)', { 'strategy-translated': 'l2' }, 'strategy', null, 0.333],
    ['exactly half the weight', { 'customer-repository': 'l4', 'customer-analytics': 'l1' }, 'customer', 62.5, 0.5],
    ['N/A counted in the denominator', { 'customer-repository': 'l4', 'customer-analytics': 'na', 'customer-predictive': 'na', 'customer-insight-daily': 'na' }, 'customer', null, 0.25],
    ['a gated question that does not apply', { 'sells-online': 'no', 'marketing-with-sales': 'l3' }, 'marketing', 75, 1],
    ['a gated question that applies but is unanswered', { 'sells-online': 'yes', 'marketing-with-sales': 'l3' }, 'marketing', null, 0.4],
    ['don\'t know counted as 0 and as answered', { 'partner-trust': 'l4', 'partner-kpi-flexibility': 'dk', 'internal-sales-meetings': 'l2' }, 'partnership', 50, 1],
  ])('should score %s', (_name, answers, dimensionId, expectedScore, coverage) => {
    const result = dimension(score(respondent('MANAGEMENT', answers)), dimensionId);
    expect(result.score).toBe(expectedScore);
    expect(result.coverage).toBe(coverage);
    expect(result.insufficientData).toBe(expectedScore === null);
  });

  it('should give no numbers at all without respondents', () => {
    const result = scoreAssessment(fixtureQuestionnaire, []);
    expect(result).toMatchObject({ overallScore: null, maturityLevel: null, holismIndex: null, customerFocusStage: 0, dontKnowShare: 0, questions: [], flags: [] });
    expect(result.dimensions.every((d) => d.insufficientData && d.coverage === 0 && d.applicableCount === 0)).toBe(true);
  });

  it('should not fire rules on missing data, only on negations', () => {
    const result = score(respondent('MANAGEMENT', {}));
    expect(result.flags).toEqual([]);
    // build-trust is `not(trust is l3/l4)`: true without answers, on a dimension without a score (gap 0.5).
    expect(result.recommendations.map((r) => [r.ruleId, r.priority])).toEqual([['build-trust', 10]]);
  });

  it('should use a gap of 0.5 for a dimension with insufficient data', () => {
    const result = score(respondent('MANAGEMENT', { 'strategy-translated': 'l1' }));
    expect(dimension(result, 'strategy').score).toBeNull();
    expect(dimension(result, 'partnership').score).toBeNull();
    // build-trust: impact 2/5 × gap 0.5 (no partnership score) × weight share 1/2 × 100
    expect(result.recommendations.find((r) => r.ruleId === 'build-trust')?.priority).toBe(10);
  });
});

describe('scoreAssessment: answers, roles and visibility', () => {
  it('should leave questions not addressed to the respondent out of coverage', () => {
    const partner = dimension(score(respondent('PARTNER', { 'partner-trust': 'l3', 'partner-kpi-flexibility': 'l1' })), 'partnership');
    expect(partner).toMatchObject({ score: 50, coverage: 1, applicableCount: 2 });
  });

  it('should ignore answers to questions hidden from the respondent', () => {
    const result = score(respondent('MANAGEMENT', { 'sells-online': 'no', 'ecommerce-care': 'l0', 'marketing-with-sales': 'l4' }));
    expect(question(result, 'ecommerce-care')).toBeUndefined();
    expect(dimension(result, 'marketing').score).toBe(100);
    expect(result.flags.map((f) => f.id)).not.toContain('ECOMMERCE_WITHOUT_CUSTOMER_CARE');
  });

  it('should ignore unknown option ids and questions', () => {
    const result = score(respondent('MANAGEMENT', { 'partner-trust': 'l9', 'not-a-question': 'l4', 'partner-kpi-flexibility': 'l2' }));
    expect(question(result, 'partner-trust')).toMatchObject({ score: null, answeredBy: 0 });
    expect(question(result, 'partner-kpi-flexibility')?.score).toBe(50);
  });

  it('should report don\'t know as a knowledge gap and in the share', () => {
    const result = score(respondent('MANAGEMENT', { 'strategy-shared': 'dk', 'strategy-translated': 'dk', 'partner-trust': 'l4', 'partner-kpi-flexibility': 'na' }));
    expect(result.knowledgeGaps).toEqual(['strategy-shared', 'strategy-translated']);
    expect(result.dontKnowShare).toBe(66.7);
    expect(dimension(result, 'strategy').score).toBe(0);
    expect(result.flags.map((f) => f.id)).toContain('KNOWLEDGE_GAP');
  });
});

describe('scoreAssessment: several respondents', () => {
  it.each<[string, RespondentAnswers[], { score: number | null; answeredBy: number; divergence: number; dontKnowCount: number; notApplicableCount: number }]>([
    ['two opinions (sales 4, operations 1)', [respondent('SALES', { 'partner-trust': 'l4' }), respondent('OPERATIONS', { 'partner-trust': 'l1' })],
      { score: 62.5, answeredBy: 2, divergence: 75, dontKnowCount: 0, notApplicableCount: 0 }],
    ['a third who does not know (0, no opinion)', [
      respondent('SALES', { 'partner-trust': 'l4' }), respondent('OPERATIONS', { 'partner-trust': 'l1' }), respondent('MARKETING', { 'partner-trust': 'dk' }),
    ], { score: 41.7, answeredBy: 3, divergence: 75, dontKnowCount: 1, notApplicableCount: 0 }],
    ['a third for whom it does not apply', [
      respondent('SALES', { 'partner-trust': 'l2' }), respondent('OPERATIONS', { 'partner-trust': 'l2' }), respondent('PARTNER', { 'partner-trust': 'na' }),
    ], { score: 50, answeredBy: 2, divergence: 0, dontKnowCount: 0, notApplicableCount: 1 }],
    ['one respondent', [respondent('SALES', { 'partner-trust': 'l3' })], { score: 75, answeredBy: 1, divergence: 0, dontKnowCount: 0, notApplicableCount: 0 }],
  ])('should aggregate %s', (_name, respondents, expected) => {
    expect(question(score(...respondents), 'partner-trust')).toMatchObject(expected);
  });

  it('should count a gated question for the respondents who see it only', () => {
    const result = score(
      respondent('MANAGEMENT', { 'sells-online': 'yes', 'ecommerce-care': 'l1' }),
      respondent('SALES', { 'sells-online': 'no', 'ecommerce-care': 'l4' }, 'sales-1'),
    );
    expect(question(result, 'ecommerce-care')).toMatchObject({ score: 25, answeredBy: 1 });
    expect(result.flags.map((f) => f.id)).toContain('ECOMMERCE_WITHOUT_CUSTOMER_CARE');
  });
});

describe('scoreAssessment: extremes', () => {
  const everything = (level: string) => respondent('MANAGEMENT', {
    'strategy-shared': level, 'strategy-translated': level, 'sells-online': 'yes', 'partner-kpi-flexibility': level,
    'partner-trust': level, 'internal-sales-meetings': level, 'ecommerce-care': level, 'marketing-with-sales': level,
    'customer-repository': level, 'customer-analytics': level, 'customer-predictive': level, 'customer-insight-daily': level,
  });

  it('should give 100, level 5, holism 100 and stage 4 when everything is at 4', () => {
    const result = score(everything('l4'));
    expect(result).toMatchObject({ overallScore: 100, maturityLevel: 5, holismIndex: 100, customerFocusStage: 4, flags: [] });
    expect(result.customerFocusStageScores).toEqual([100, 100, 100, 100]);
    expect(result.linkageScore).toBe(100);
    expect(result.recommendations.map((r) => [r.ruleId, r.priority])).toEqual([['keep-momentum', 0]]);
  });

  it('should give 0, level 1, holism 0 and stage 0 when everything is at 0', () => {
    const result = score(everything('l0'));
    expect(result).toMatchObject({ overallScore: 0, maturityLevel: 1, holismIndex: 0, customerFocusStage: 0 });
    expect(result.customerFocusStageScores).toEqual([0, 0, 0, 0]);
    expect(result.flags.map((f) => f.id)).toEqual(['ECOMMERCE_WITHOUT_CUSTOMER_CARE', 'STRATEGY_NOT_TRANSLATED', 'NO_SALES_OPS_DIALOGUE']);
  });
});
