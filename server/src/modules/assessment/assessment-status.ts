import type { AssessmentStatus } from '@omcheck/shared';
import type { StoredAssessmentStatus } from './assessment.entity.js';

/** Self-assessments stored SUBMITTED before check-ups could be closed; that reads as OPEN. */
export function statusOf(stored: StoredAssessmentStatus): AssessmentStatus {
  return stored === 'CLOSED' ? 'CLOSED' : 'OPEN';
}
