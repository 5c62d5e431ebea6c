import type { AssessmentStatus } from '@omcheck/shared';
import type { AssessmentEntity, StoredAssessmentStatus } from './assessment.entity.js';

/** Self-assessments stored SUBMITTED before check-ups could be closed; that reads as OPEN. */
export function statusOf(stored: StoredAssessmentStatus): AssessmentStatus {
  return stored === 'CLOSED' ? 'CLOSED' : 'OPEN';
}

/** The title a check-up is shown with; self-assessments have none of their own. */
export function titleOf(assessment: Pick<AssessmentEntity, 'title'>): string {
  return assessment.title ?? 'Self-assessment';
}
