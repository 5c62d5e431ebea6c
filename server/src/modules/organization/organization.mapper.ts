import type { AssessmentStatusGql } from '../../graphql/enums.js';
import type { AssessmentSummary } from '../assessment/assessment.service.js';
import type { OrganizationEntity } from './organization.entity.js';
import { AssessmentSummaryGql, OrganizationGql } from './organization.types.js';

export function toOrganizationGql(entity: OrganizationEntity): OrganizationGql {
  return Object.assign(new OrganizationGql(), {
    id: entity.id,
    name: entity.name ?? '',
    industry: entity.industry,
    size: entity.size,
    country: entity.country,
    notes: entity.notes,
    archived: entity.archivedAt !== null,
    createdAt: entity.createdAt,
  });
}

export function toAssessmentSummaryGql(summary: AssessmentSummary): AssessmentSummaryGql {
  return Object.assign(new AssessmentSummaryGql(), { ...summary, status: summary.status as AssessmentStatusGql });
}
