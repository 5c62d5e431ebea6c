import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire, workedExample } from '../test-fixtures.js';
import { scoreAssessment } from '../score-assessment.js';
import { scoreAssessment11 } from './score-assessment-1-1.js';

describe('scoring 1.1: the worked example of docs/scoring.md §10.8', () => {
  const result = scoreAssessment11(fixtureQuestionnaire, [workedExample]);

  it('should count what is not a level as 0 in the verdict and report coverage from level answers', () => {
    expect(result.dimensions.map((d) => [d.dimensionId, d.score, d.coverage, d.insufficientData])).toEqual([
      ['strategy', 58.3, 1, false],
      ['partnership', 25, 0.667, false],
      ['marketing', 15, 0.6, false],
      ['customer', 56.3, 0.75, false],
    ]);
    expect(result).toMatchObject({ scoringVersion: '1.1.0', overallScore: 43.8, maturityLevel: 3, dataCoverage: 0.798, confidence: 'MEDIUM' });
  });

  it('should compute holism as ½ mean + ½ weakest and name the strong and weak parts', () => {
    expect(result.holismIndex).toBe(26.8);
    expect(result.holismParts).toEqual({ strong: ['strategy', 'customer'], weak: ['partnership', 'marketing'], holdsTogether: false });
  });

  it('should report each stage\'s distance to the threshold', () => {
    expect(result.customerFocusStages!.map((s) => [s.stage, s.score, s.distance, s.withinOneStep])).toEqual([
      [1, 50, -10, true], [2, 100, 40, false], [3, 75, 15, false], [4, 0, -60, false],
    ]);
  });

  it('should fire rules on level answers only and break the tie at 80 by the larger gap', () => {
    expect(result.flags.map((f) => f.id)).toEqual(['ECOMMERCE_WITHOUT_CUSTOMER_CARE', 'STRATEGY_NOT_TRANSLATED', 'STAGE_SKIPPING']);
    expect(result.recommendations.slice(0, 3).map((r) => [r.ruleId, r.priority])).toEqual([
      ['fix-ecommerce-care', 100], ['fix-the-base', 80], ['translate-strategy', 80],
    ]);
  });

  it('should be what scoreAssessment runs for any questionnaire but om-health-check 1.0.0', () => {
    expect(scoreAssessment(fixtureQuestionnaire, [workedExample])).toEqual(result);
    expect(scoreAssessment(fixtureQuestionnaire, [workedExample], '1.0.0').scoringVersion).toBe('1.0.0');
  });
});
