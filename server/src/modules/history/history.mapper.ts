import { localize, type Locale } from '@omcheck/shared';
import { titleOf } from '../assessment/assessment-status.js';
import type { AssessmentResultGql } from '../result/result.types.js';
import type { CheckupChange } from './history.service.js';
import { DimensionDeltaGql, DoneRecommendationGql, ResultDeltaGql } from './history.types.js';

/** A result's change in the result's language; dimension titles as the current result names them. */
export function toResultDeltaGql(change: CheckupChange, current: Pick<AssessmentResultGql, 'dimensions'>, locale: Locale): ResultDeltaGql {
  const { previous, delta } = change;
  const currentTitles = new Map(current.dimensions.map((d) => [d.dimensionId, d.title]));
  const previousDimensions = new Map(previous.questionnaire.dimensions.map((d) => [d.id, d]));
  const rules = new Map(previous.questionnaire.recommendations.map((r) => [r.id, r]));
  const rows = new Map(previous.recommendations.map((r) => [r.id, r]));
  const dimensionTitle = (id: string): string => {
    const known = previousDimensions.get(id);
    return currentTitles.get(id) ?? (known ? localize(known.title, locale) : id);
  };
  return Object.assign(new ResultDeltaGql(), {
    assessmentId: previous.assessment.id,
    overallDelta: delta.overallDelta,
    dimensions: delta.dimensions.map((d) => Object.assign(new DimensionDeltaGql(), { ...d, title: dimensionTitle(d.dimensionId) })),
    title: titleOf(previous.assessment),
    scoredAt: previous.snapshot.createdAt,
    previousOverallScore: previous.snapshot.score.overallScore,
    previousQuestionnaireVersion: previous.snapshot.questionnaireVersion,
    sameQuestionnaireVersion: delta.sameQuestionnaireVersion,
    addedDimensionIds: delta.addedDimensionIds,
    removedDimensionIds: delta.removedDimensionIds,
    doneRecommendations: delta.doneRecommendations.map((done) => {
      const row = rows.get(done.recommendationId);
      const rule = row?.ruleId ? rules.get(row.ruleId) : undefined;
      return Object.assign(new DoneRecommendationGql(), {
        ...done,
        title: row?.customTitle ?? (rule ? localize(rule.title, locale) : ''),
        dimensionTitle: done.dimensionId ? dimensionTitle(done.dimensionId) : null,
      });
    }),
  });
}
