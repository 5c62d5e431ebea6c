import DataLoader from 'dataloader';
import type { AssessmentSummary } from '../modules/assessment/assessment.service.js';
import type { Services } from '../services.js';

/** Batches per request so a table of clients costs a fixed number of queries (no N+1). */
export interface Loaders {
  /** Check-up summaries of an (already access-checked) organisation, newest first. */
  assessmentSummaries: DataLoader<string, AssessmentSummary[]>;
}

export function createLoaders(services: Services): Loaders {
  return {
    assessmentSummaries: new DataLoader(async (organizationIds: readonly string[]) => {
      const byOrganization = await services.assessments.summariesByOrganization(organizationIds);
      return organizationIds.map((id) => byOrganization.get(id) ?? []);
    }),
  };
}
