import DataLoader from 'dataloader';
import type { AssessmentSummary } from '../modules/assessment/assessment.service.js';
import type { ActionItemEntity } from '../modules/recommendation/action-item.entity.js';
import type { RecommendationChangeEntity } from '../modules/recommendation/recommendation-change.entity.js';
import type { TeamView } from '../modules/team/team-result.service.js';
import type { Services } from '../services.js';

/** Batches per request so a table of clients costs a fixed number of queries (no N+1). */
export interface Loaders {
  /** Check-up summaries of an (already access-checked) organisation, newest first. */
  assessmentSummaries: DataLoader<string, AssessmentSummary[]>;
  /** Action items of a recommendation the caller already sees, oldest first. */
  actionItems: DataLoader<string, ActionItemEntity[]>;
  /** History of a recommendation the caller already sees, newest first. */
  recommendationChanges: DataLoader<string, RecommendationChangeEntity[]>;
  /** The team view of a result the caller already sees, computed once per request. */
  teamView(assessmentId: string, dimensionScores: ReadonlyMap<string, number | null>): Promise<TeamView | null>;
}

function groupBy<T>(ids: readonly string[], rows: readonly T[], key: (row: T) => string): T[][] {
  const byId = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(key(row))?.push(row);
  return ids.map((id) => byId.get(id) ?? []);
}

export function createLoaders(services: Services): Loaders {
  const teamViews = new Map<string, Promise<TeamView | null>>();
  return {
    assessmentSummaries: new DataLoader(async (organizationIds: readonly string[]) => {
      const byOrganization = await services.assessments.summariesByOrganization(organizationIds);
      return organizationIds.map((id) => byOrganization.get(id) ?? []);
    }),
    actionItems: new DataLoader(async (ids: readonly string[]) =>
      groupBy(ids, await services.recommendations.actionItemsOf(ids), (row) => row.recommendationId)),
    recommendationChanges: new DataLoader(async (ids: readonly string[]) =>
      groupBy(ids, await services.recommendations.historyOf(ids), (row) => row.recommendationId)),
    teamView(assessmentId, dimensionScores) {
      let view = teamViews.get(assessmentId);
      if (!view) teamViews.set(assessmentId, (view = services.teamResults.viewOf(assessmentId, dimensionScores)));
      return view;
    },
  };
}
