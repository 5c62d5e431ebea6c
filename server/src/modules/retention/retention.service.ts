import type { TransactionRunner } from '../../db/transactions.js';
import { SELF_SERVICE_WORKSPACE_ID } from '../assessment/self-assessment.service.js';
import type { RetentionRepository } from './retention.repository.js';

/**
 * Abandoned self-assessments (started, never answered) would pile up for ever: anyone can start
 * one. They are deleted after a retention period; anything answered is kept.
 */
export class RetentionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly retention: RetentionRepository,
  ) {}

  /** Deletes unanswered self-assessments older than `days`; returns how many. */
  purgeAbandoned(days: number, now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - days * 86_400_000);
    return this.transactions.single(() => this.retention.deleteUnansweredSelfAssessments(SELF_SERVICE_WORKSPACE_ID, cutoff));
  }
}
