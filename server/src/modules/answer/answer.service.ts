import { BadUserInputError, progressOf, validateAnswerBatch, type AnswerValue, type Questionnaire } from '@omcheck/shared';
import type { TransactionRunner } from '../../db/transactions.js';
import { assertOpen } from '../assessment/assert-open.js';
import type { RespondentAccess } from '../respondent/respondent.repository.js';
import type { AnswerEntity } from './answer.entity.js';
import { type AnswerRepository, toAnswerValue } from './answer.repository.js';

export interface SaveAnswersOutcome {
  saved: number;
  progress: { answered: number; total: number };
  /** The stored rows of the batch's questions after the save. */
  answers: AnswerEntity[];
}

const MAX_BATCH = 200;

/** True when an answer carries nothing: saving it clears the stored answer. */
function isClearing(answer: AnswerValue): boolean {
  return answer.optionId == null && (answer.optionIds == null) && answer.text == null && answer.comment == null;
}

export class AnswerService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly answers: AnswerRepository,
  ) {}

  /**
   * Validates the whole batch against the questionnaire, then upserts it in one transaction:
   * all or nothing, and the same batch twice leaves the same state.
   */
  async save(access: RespondentAccess, questionnaire: Questionnaire, batch: readonly AnswerValue[]): Promise<SaveAnswersOutcome> {
    assertOpen(access.assessment);
    if (batch.length > MAX_BATCH) {
      throw new BadUserInputError(`Send at most ${MAX_BATCH} answers at a time (got ${batch.length}).`, [
        { field: 'answers', message: `At most ${MAX_BATCH} answers per request.` },
      ]);
    }
    const problems = validateAnswerBatch(questionnaire, access.respondent.role, batch);
    if (problems.length > 0) {
      const first = problems[0]!;
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
      throw new BadUserInputError(`${first.message}${more} Nothing was saved.`, problems.map((p) => ({ field: p.field, message: p.message })));
    }
    const { respondent } = access;
    // A fixed order (by question): two tabs saving the same answers in different orders lock
    // rows in the same order and cannot deadlock on PostgreSQL.
    const normalised = batch.map(normalise).sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
    const cleared = normalised.filter(isClearing).map((a) => a.questionId);
    const kept = normalised.filter((a) => !isClearing(a));
    // Clearing and upserting together need a transaction; either alone is one atomic statement.
    if (cleared.length > 0 && kept.length > 0) {
      await this.transactions.run(async (manager) => {
        await this.answers.delete(manager, respondent.id, cleared);
        await this.answers.upsert(manager, respondent.id, respondent.assessmentId, kept);
      });
    } else if (cleared.length > 0) {
      await this.transactions.single((manager) => this.answers.delete(manager, respondent.id, cleared));
    } else {
      await this.transactions.single((manager) => this.answers.upsert(manager, respondent.id, respondent.assessmentId, kept));
    }
    const stored = await this.answers.listByRespondent(respondent.id);
    const values = new Map(stored.map((row) => [row.questionId, toAnswerValue(row)]));
    const inBatch = new Set(batch.map((a) => a.questionId));
    return {
      saved: batch.length,
      progress: progressOf(questionnaire, respondent.role, values),
      answers: stored.filter((row) => inBatch.has(row.questionId)),
    };
  }
}

/** Stores empty strings and empty lists as absent, so equal meaning gives equal rows. */
function normalise(answer: AnswerValue): AnswerValue {
  const text = answer.text?.trim() ? answer.text : null;
  const comment = answer.comment?.trim() ? answer.comment : null;
  const optionIds = answer.optionIds && answer.optionIds.length > 0 ? [...answer.optionIds].sort() : null;
  return { questionId: answer.questionId, optionId: answer.optionId ?? null, optionIds, text, comment };
}
