import { BadUserInputError, conditionSourceIds, normaliseAnswer, progressFromAnswered, validateAnswerBatch, type AnswerValue, type Questionnaire } from '@omcheck/shared';
import type { TransactionRunner } from '../../db/transactions.js';
import { assertOpen } from '../assessment/assert-open.js';
import type { RespondentWriter } from '../respondent/respondent.repository.js';
import type { AnswerRepository, StoredAnswer } from './answer.repository.js';

export interface SaveAnswersOutcome {
  saved: number;
  progress: { answered: number; total: number };
  /** The stored answers of the batch's questions after the save (cleared ones are absent); empty unless read back. */
  answers: StoredAnswer[];
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
  async save(
    writer: RespondentWriter,
    questionnaire: Questionnaire,
    batch: readonly AnswerValue[],
    { readBack = true }: { readBack?: boolean } = {},
  ): Promise<SaveAnswersOutcome> {
    assertOpen(writer.assessment);
    if (batch.length > MAX_BATCH) {
      throw new BadUserInputError(`Send at most ${MAX_BATCH} answers at a time (got ${batch.length}).`, [
        { field: 'answers', message: `At most ${MAX_BATCH} answers per request.` },
      ]);
    }
    const problems = validateAnswerBatch(questionnaire, writer.role, batch);
    if (problems.length > 0) {
      const first = problems[0]!;
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
      throw new BadUserInputError(`${first.message}${more} Nothing was saved.`, problems.map((p) => ({ field: p.field, message: p.message })));
    }
    const { respondentId, assessmentId } = writer;
    // A fixed order (by question): two tabs saving the same answers in different orders lock
    // rows in the same order and cannot deadlock on PostgreSQL.
    const normalised = batch.map(normaliseAnswer).sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
    const cleared = normalised.filter(isClearing).map((a) => a.questionId);
    const kept = normalised.filter((a) => !isClearing(a));
    let written: StoredAnswer[] = [];
    // Clearing and upserting together need a transaction; either alone is one atomic statement,
    // the common case (the autosave), written with plain SQL.
    if (cleared.length > 0 && kept.length > 0) {
      await this.transactions.run(async (manager) => {
        await this.answers.delete(manager, respondentId, cleared);
        await this.answers.upsert(manager, respondentId, assessmentId, kept);
      });
    } else if (cleared.length > 0) {
      await this.transactions.immediate(() => this.answers.deleteQuestions(respondentId, cleared));
    } else {
      written = await this.transactions.immediate(() => this.answers.upsertReturning(respondentId, assessmentId, kept, { returning: readBack }));
    }
    const facts = await this.answers.answeredFacts(respondentId, conditionSourceIds(questionnaire));
    return {
      saved: batch.length,
      progress: progressFromAnswered(questionnaire, writer.role, facts.answered, facts.conditionAnswers),
      answers: !readBack ? [] : written.length > 0 ? written : await this.answers.storedAnswers(respondentId, batch.map((a) => a.questionId)),
    };
  }
}
