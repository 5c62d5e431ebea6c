import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RespondentAnswers } from '../domain/answer.js';
import { levelOptionId } from '../domain/answer.js';
import { questionIndex } from '../domain/question-index.js';
import { DEFAULT_QUESTIONNAIRE_KEY, findQuestionnaire } from '../questionnaires/registry.js';
import { isAddressedTo } from '../scoring/applicability.js';
import { respondentsArbitrary } from '../scoring/test-arbitraries.js';
import { perceptionGaps } from './perception-gaps.js';
import { type RoleGroup, groupByRole } from './role-groups.js';
import { teamResult } from './team-result.js';
import { RESPONDENT_ROLES } from '../domain/vocabulary.js';

const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY)!;
const questions = [...questionIndex(questionnaire).values()].map((e) => e.question).filter((q) => q.kind === 'maturity');

/** A respondent of `role` answering every question addressed to that role at `level`. */
function uniform(id: string, role: RespondentAnswers['role'], level: number | ((questionId: string) => number)): RespondentAnswers {
  const answers = new Map(
    questions
      .filter((q) => isAddressedTo(q, role))
      .map((q) => [q.id, { questionId: q.id, optionId: levelOptionId(typeof level === 'number' ? level : level(q.id)) }]),
  );
  return { respondentId: id, role, answers };
}

const groupsOf = (respondents: RespondentAnswers[]) => groupByRole(respondents, 1, RESPONDENT_ROLES).groups;
const asPairs = (gaps: ReturnType<typeof perceptionGaps>) =>
  gaps.map((g) => [g.dimensionId, g.questionId, ...[[g.roleA, g.scoreA], [g.roleB, g.scoreB]].sort().flat(), g.gap].join('|')).sort();

describe('perceptionGaps', () => {
  it('should be symmetric: swapping the groups swaps the sides, not the gaps', () => {
    fc.assert(
      fc.property(respondentsArbitrary(questionnaire, 5), (respondents) => {
        const groups = groupsOf(respondents);
        expect(asPairs(perceptionGaps(questionnaire, [...groups].reverse()))).toEqual(asPairs(perceptionGaps(questionnaire, groups)));
      }),
      { numRuns: 60 },
    );
  });

  it('should be zero everywhere when the groups agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), (level) => {
        const gaps = perceptionGaps(questionnaire, groupsOf([uniform('a', 'SALES', level), uniform('b', 'OPERATIONS', level)]));
        expect(gaps.length).toBeGreaterThan(0);
        expect(gaps.every((g) => g.gap === 0)).toBe(true);
      }),
    );
  });

  it('should never use a question one of the two groups was not asked', () => {
    fc.assert(
      fc.property(respondentsArbitrary(questionnaire, 5), (respondents) => {
        const groups = groupsOf(respondents);
        const byKey = new Map<string, RoleGroup>(groups.map((g) => [g.key, g]));
        for (const gap of perceptionGaps(questionnaire, groups)) {
          if (gap.questionId === null) continue;
          const question = questionIndex(questionnaire).get(gap.questionId)!.question;
          for (const key of [gap.roleA, gap.roleB]) {
            expect(byKey.get(key)!.roles.some((role) => isAddressedTo(question, role))).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('should not depend on the order respondents are listed in', () => {
    fc.assert(
      fc.property(respondentsArbitrary(questionnaire, 5), fc.integer({ min: 1, max: 3 }), (respondents, min) => {
        const forward = teamResult(questionnaire, respondents, min);
        const backward = teamResult(questionnaire, [...respondents].reverse(), min);
        expect(backward).toEqual(forward);
      }),
      { numRuns: 40 },
    );
  });

  it('should put "Sales says 4, Operations says 1" on the agenda with both views', () => {
    const sales = [uniform('s1', 'SALES', 4), uniform('s2', 'SALES', 4), uniform('s3', 'SALES', 4)];
    const operations = [uniform('o1', 'OPERATIONS', 1), uniform('o2', 'OPERATIONS', 1), uniform('o3', 'OPERATIONS', 1)];
    const team = teamResult(questionnaire, [...sales, ...operations], 3);
    expect(team.agenda.length).toBeGreaterThan(0);
    expect(team.agenda[0]).toMatchObject({
      gap: 75,
      groupA: { role: 'SALES', meanLevel: 4, spread: 0, answeredBy: 3 },
      groupB: { role: 'OPERATIONS', meanLevel: 1 },
      prompt: 'COMPARE_CASES',
    });
  });
});

describe('minimum group size', () => {
  it('should hide groups under the minimum, pool them when the pool is big enough, and count everyone overall', () => {
    const team = teamResult(
      questionnaire,
      [uniform('m1', 'MANAGEMENT', 2), uniform('m2', 'MANAGEMENT', 2), uniform('m3', 'MANAGEMENT', 3),
        uniform('s1', 'SALES', 1), uniform('o1', 'OPERATIONS', 4), uniform('c1', 'CUSTOMER_CARE', 0), uniform('p1', 'PARTNER', 4)],
      3,
    );
    expect(team.groups.map((g) => [g.role, g.respondentCount])).toEqual([['MANAGEMENT', 3], ['POOLED', 4]]);
    expect(team.hiddenRoles.map((h) => h.outcome)).toEqual(['POOLED', 'POOLED', 'POOLED', 'POOLED']);
    // A lone partner is under the minimum: no client-versus-partner view that would expose them.
    expect(team.clientVersusPartner).toBeNull();
    expect(team.gaps.every((g) => g.roleA !== 'PARTNER' && g.roleB !== 'PARTNER')).toBe(true);
  });

  it('should leave small groups out when even the pool is under the minimum', () => {
    const team = teamResult(questionnaire, [uniform('m1', 'MANAGEMENT', 2), uniform('m2', 'MANAGEMENT', 2), uniform('m3', 'MANAGEMENT', 2), uniform('s1', 'SALES', 1)], 3);
    expect(team.groups.map((g) => g.role)).toEqual(['MANAGEMENT']);
    expect(team.hiddenRoles).toEqual([{ role: 'SALES', respondentCount: 1, outcome: 'OMITTED' }]);
    expect(team.gaps).toEqual([]);
  });

  it('should compare the partner with the whole client side when both reach the minimum', () => {
    const clients = [uniform('m1', 'MANAGEMENT', 1), uniform('s1', 'SALES', 1), uniform('o1', 'OPERATIONS', 1)];
    const team = teamResult(questionnaire, [...clients, uniform('p1', 'PARTNER', 4)], 1);
    expect(team.clientVersusPartner).not.toBeNull();
    expect(team.clientVersusPartner!.agenda[0]).toMatchObject({ groupA: { role: 'CLIENT' }, groupB: { role: 'PARTNER' }, prompt: 'MIRROR_WITH_PARTNER', gap: 75 });
  });
});
