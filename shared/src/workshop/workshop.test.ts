import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../domain/answer.js';
import { questionOptions } from '../domain/options.js';
import type { RespondentRole } from '../domain/vocabulary.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { fixtureQuestionnaire, respondent } from '../scoring/test-fixtures.js';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, generateJoinCode, normalizeJoinCode } from './join-code.js';
import { scoreConsensus } from './score-consensus.js';
import { type Vote, voteDistribution, voteDistributionByRole } from './vote-distribution.js';
import { voteSpread } from './vote-spread.js';
import { workshopQuestions } from './workshop-questions.js';

const maturity = workshopQuestions(fixtureQuestionnaire).find((q) => q.question.id === 'strategy-shared')!.question;
const options = questionOptions(maturity);
const votes = (entries: Array<[RespondentRole, string]>): Vote[] => entries.map(([role, optionId], i) => ({ participantId: `p${String(i).padStart(2, '0')}`, role, optionId }));

describe('workshopQuestions', () => {
  it('should keep the maturity and choice questions in questionnaire order, skipping multi and text', () => {
    expect(workshopQuestions(fixtureQuestionnaire).map((q) => q.question.id)).toEqual([
      'strategy-shared', 'strategy-translated', 'sells-online', 'partner-kpi-flexibility', 'partner-trust', 'internal-sales-meetings',
      'ecommerce-care', 'marketing-with-sales', 'customer-repository', 'customer-analytics', 'customer-predictive', 'customer-insight-daily',
    ]);
  });
});

describe('join codes', () => {
  it('should draw each character from the unambiguous alphabet with the given randomness', () => {
    expect(generateJoinCode(() => 0)).toBe('AAAAAA');
    let i = 0;
    expect(generateJoinCode((size) => (i++ * 7) % size)).toBe('AHRY7E');
    expect(() => generateJoinCode(() => JOIN_CODE_ALPHABET.length)).toThrow(RangeError);
  });

  it.each([
    ['abc234', 'ABC234'], ['  abc234 ', 'ABC234'], ['ABC-234', 'ABC234'], ['ab c2 34', 'ABC234'],
    ['ABC23', null], ['ABC2345', null], ['ABCD1O', null], ['', null], ['ÄBC234', null],
  ])('should normalise %j to %j', (input, expected) => {
    expect(normalizeJoinCode(input)).toBe(expected);
  });

  it('should read back every code it generates, in any case', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: JOIN_CODE_ALPHABET.length - 1 }), { minLength: JOIN_CODE_LENGTH, maxLength: JOIN_CODE_LENGTH }), (picks) => {
      let k = 0;
      const code = generateJoinCode(() => picks[k++]!);
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(normalizeJoinCode(code.toLowerCase())).toBe(code);
    }));
  });
});

describe('voteDistribution', () => {
  it('should list every option in order with zeros, ignoring unknown options', () => {
    const counted = voteDistribution(options, votes([['SALES', 'l3'], ['SALES', 'l3'], ['OPERATIONS', 'dk'], ['OPERATIONS', 'zz']]));
    expect(counted).toEqual([
      { optionId: 'l0', count: 0 }, { optionId: 'l1', count: 0 }, { optionId: 'l2', count: 0 }, { optionId: 'l3', count: 2 }, { optionId: 'l4', count: 0 },
      { optionId: 'na', count: 0 }, { optionId: 'dk', count: 1 },
    ]);
  });

  it('should count every known vote exactly once', () => {
    const role = fc.constantFrom<RespondentRole>('MANAGEMENT', 'SALES', 'PARTNER');
    fc.assert(fc.property(fc.array(fc.tuple(role, fc.constantFrom(...options.map((o) => o.id)))), (entries) => {
      const total = voteDistribution(options, votes(entries)).reduce((sum, c) => sum + c.count, 0);
      expect(total).toBe(entries.length);
    }));
  });
});

describe('voteDistributionByRole', () => {
  it('should show roles at the minimum on their own, pool the small ones, and omit a pool still too small', () => {
    const room = votes([['SALES', 'l1'], ['SALES', 'l1'], ['SALES', 'l2'], ['PARTNER', 'l4'], ['MARKETING', 'l0']]);
    const grouped = voteDistributionByRole(options, room, 3);
    expect(grouped.groups.map((g) => [g.group, g.roles, g.voteCount])).toEqual([['SALES', ['SALES'], 3]]);
    expect(grouped.hiddenRoles).toEqual(['MARKETING', 'PARTNER']);
    const pooled = voteDistributionByRole(options, room, 2);
    expect(pooled.groups.map((g) => [g.group, g.roles, g.voteCount])).toEqual([['SALES', ['SALES'], 3], ['POOLED', ['MARKETING', 'PARTNER'], 2]]);
    expect(pooled.groups[1]!.distribution.filter((c) => c.count > 0)).toEqual([{ optionId: 'l0', count: 1 }, { optionId: 'l4', count: 1 }]);
    expect(pooled.hiddenRoles).toEqual([]);
  });

  it('should never show more votes by role than were cast, nor a group under the minimum', () => {
    const role = fc.constantFrom<RespondentRole>('MANAGEMENT', 'SALES', 'OPERATIONS', 'PARTNER');
    fc.assert(fc.property(fc.array(fc.tuple(role, fc.constantFrom('l0', 'l2', 'l4', 'dk'))), fc.integer({ min: 1, max: 5 }), (entries, min) => {
      const grouped = voteDistributionByRole(options, votes(entries), min);
      expect(grouped.groups.reduce((sum, g) => sum + g.voteCount, 0)).toBeLessThanOrEqual(entries.length);
      for (const group of grouped.groups) {
        expect(group.voteCount).toBeGreaterThanOrEqual(min);
        expect(group.distribution.reduce((sum, c) => sum + c.count, 0)).toBe(group.voteCount);
      }
    }));
  });
});

describe('voteSpread', () => {
  it('should give min, max, mean, population standard deviation over levels and the share on the top option', () => {
    const spread = voteSpread(options, votes([['SALES', 'l1'], ['SALES', 'l3'], ['SALES', 'l3'], ['SALES', 'dk']]))!;
    expect(spread).toMatchObject({ min: 1, max: 3, levelVoteCount: 3, agreement: 0.5 });
    expect(spread.mean).toBeCloseTo(7 / 3, 10);
    expect(spread.standardDeviation).toBeCloseTo(Math.sqrt(((1 - 7 / 3) ** 2 + 2 * (3 - 7 / 3) ** 2) / 3), 10);
  });

  it('should be null without a level vote, and 0 apart with full agreement', () => {
    expect(voteSpread(options, [])).toBeNull();
    expect(voteSpread(options, votes([['SALES', 'na'], ['SALES', 'dk']]))).toBeNull();
    expect(voteSpread(options, votes([['SALES', 'l2'], ['OPERATIONS', 'l2']]))).toMatchObject({ min: 2, max: 2, mean: 2, standardDeviation: 0, agreement: 1 });
  });
});

describe('scoreConsensus', () => {
  const answers = (entries: Record<string, string>): Map<string, AnswerValue> =>
    new Map(Object.entries(entries).map(([questionId, optionId]) => [questionId, { questionId, optionId }]));

  it('should count a consensus on a question restricted to some roles', () => {
    const consensus = answers({ 'internal-sales-meetings': 'l4' });
    const score = scoreConsensus(fixtureQuestionnaire, consensus);
    expect(score.questions.find((q) => q.questionId === 'internal-sales-meetings')).toMatchObject({ score: 100, answeredBy: 1 });
    // As a partner's answer it would not count at all.
    const asPartner = scoreAssessment(fixtureQuestionnaire, [respondent('PARTNER', { 'internal-sales-meetings': 'l4' })]);
    expect(asPartner.questions.find((q) => q.questionId === 'internal-sales-meetings')?.answeredBy ?? 0).toBe(0);
  });

  it('should count a recorded consensus whose show-if condition does not hold, and score like an ordinary respondent otherwise', () => {
    const withHidden = scoreConsensus(fixtureQuestionnaire, answers({ 'sells-online': 'no', 'ecommerce-care': 'l3' }));
    expect(withHidden.questions.find((q) => q.questionId === 'ecommerce-care')).toMatchObject({ score: 75, answeredBy: 1 });
    const plain = answers({ 'strategy-shared': 'l2', 'strategy-translated': 'l3', 'partner-trust': 'l1' });
    expect(scoreConsensus(fixtureQuestionnaire, plain).overallScore).toBe(scoreAssessment(fixtureQuestionnaire, [respondent('MANAGEMENT', { 'strategy-shared': 'l2', 'strategy-translated': 'l3', 'partner-trust': 'l1' })]).overallScore);
  });
});
