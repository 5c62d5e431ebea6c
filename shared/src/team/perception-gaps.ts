import { questionIndex } from '../domain/question-index.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import { isAddressedTo } from '../scoring/applicability.js';
import { levelOf } from '../scoring/answer-level.js';
import type { RoleGroup, RoleGroupKey } from './role-groups.js';

/** One group's view of one question: the mean and spread of its real level answers. */
export interface GroupQuestionView {
  questionId: string;
  dimensionId: string;
  /** Mean 0–100 of the group's level answers (don't know and N/A are not opinions); null when none. */
  score: number | null;
  /** Mean level 0–4, for sentences like "Sales says 4". */
  meanLevel: number | null;
  /** Max − min of the group's levels, 0–4: how much the group itself disagrees. */
  spread: number;
  answeredBy: number;
}

/** The gap between two groups on a question, or on a dimension (`questionId` null). */
export interface PerceptionGap {
  dimensionId: string;
  questionId: string | null;
  roleA: RoleGroupKey;
  roleB: RoleGroupKey;
  scoreA: number;
  scoreB: number;
  /** |scoreA − scoreB|, 0–100. */
  gap: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Per question, what one group said (only questions addressed to at least one of its roles). */
export function groupQuestionViews(questionnaire: Questionnaire, group: RoleGroup): Map<string, GroupQuestionView> {
  const views = new Map<string, GroupQuestionView>();
  for (const { question, dimension } of questionIndex(questionnaire).values()) {
    if (question.kind !== 'maturity' || !group.roles.some((role) => isAddressedTo(question, role))) continue;
    const levels = group.respondents
      .map((r) => levelOf(r.answers.get(question.id)?.optionId))
      .filter((level): level is number => level !== null);
    const mean = levels.length > 0 ? levels.reduce((a, b) => a + b, 0) / levels.length : null;
    views.set(question.id, {
      questionId: question.id,
      dimensionId: dimension.id,
      score: mean === null ? null : round1(mean * 25),
      meanLevel: mean === null ? null : round1(mean),
      spread: levels.length > 1 ? Math.max(...levels) - Math.min(...levels) : 0,
      answeredBy: levels.length,
    });
  }
  return views;
}

/**
 * Gaps between every pair of groups, per question and per dimension, using only questions both
 * groups were asked and answered with a level; a dimension's scores are the weighted means over
 * those shared questions, so neither side is judged on questions only it saw. Largest first;
 * ties by dimension, question and group order, so the list never depends on respondent order.
 */
export function perceptionGaps(questionnaire: Questionnaire, groups: readonly RoleGroup[]): PerceptionGap[] {
  const index = questionIndex(questionnaire);
  const views = groups.map((group) => groupQuestionViews(questionnaire, group));
  const gaps: PerceptionGap[] = [];
  for (let a = 0; a < groups.length; a++) {
    for (let b = a + 1; b < groups.length; b++) {
      const byDimension = new Map<string, { weight: number; sumA: number; sumB: number }>();
      for (const [questionId, viewA] of views[a]!) {
        const viewB = views[b]!.get(questionId);
        if (viewA.score === null || viewB?.score == null) continue;
        gaps.push(gapOf(viewA.dimensionId, questionId, groups[a]!.key, groups[b]!.key, viewA.score, viewB.score));
        const question = index.get(questionId)?.question;
        const weight = question?.kind === 'maturity' ? question.weight : 1;
        const totals = byDimension.get(viewA.dimensionId) ?? { weight: 0, sumA: 0, sumB: 0 };
        byDimension.set(viewA.dimensionId, { weight: totals.weight + weight, sumA: totals.sumA + weight * viewA.score, sumB: totals.sumB + weight * viewB.score });
      }
      for (const [dimensionId, totals] of byDimension) {
        gaps.push(gapOf(dimensionId, null, groups[a]!.key, groups[b]!.key, round1(totals.sumA / totals.weight), round1(totals.sumB / totals.weight)));
      }
    }
  }
  const order = new Map([...index.keys()].map((id, i) => [id, i]));
  const dimensionOrder = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]));
  return gaps.sort(
    (x, y) =>
      y.gap - x.gap ||
      (dimensionOrder.get(x.dimensionId) ?? 0) - (dimensionOrder.get(y.dimensionId) ?? 0) ||
      (x.questionId === null ? -1 : order.get(x.questionId) ?? 0) - (y.questionId === null ? -1 : order.get(y.questionId) ?? 0) ||
      x.roleA.localeCompare(y.roleA) ||
      x.roleB.localeCompare(y.roleB),
  );
}

function gapOf(dimensionId: string, questionId: string | null, roleA: RoleGroupKey, roleB: RoleGroupKey, scoreA: number, scoreB: number): PerceptionGap {
  return { dimensionId, questionId, roleA, roleB, scoreA, scoreB, gap: round1(Math.abs(scoreA - scoreB)) };
}
