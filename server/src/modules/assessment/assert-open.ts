import { ConflictError } from '@omcheck/shared';
import type { AssessmentEntity } from './assessment.entity.js';

/** Refuses writes to a check-up its consultant closed. */
export function assertOpen(assessment: Pick<AssessmentEntity, 'status'>): void {
  if (assessment.status === 'CLOSED') {
    throw new ConflictError('This check-up has been closed by the consultant: answers can no longer be changed or submitted.');
  }
}
