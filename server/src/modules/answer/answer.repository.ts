import type { AnswerValue, RespondentAnswers, RespondentRole } from '@omcheck/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { newId } from '../../db/ids.js';
import { AnswerEntity } from './answer.entity.js';

export class AnswerRepository {
  constructor(private readonly dataSource: DataSource) {}

  listByRespondent(respondentId: string, manager: EntityManager = this.dataSource.manager): Promise<AnswerEntity[]> {
    return manager.getRepository(AnswerEntity).find({ where: { respondentId }, order: { questionId: 'ASC' } });
  }

  listByAssessment(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<AnswerEntity[]> {
    return manager.getRepository(AnswerEntity).find({ where: { assessmentId } });
  }

  /** Inserts or updates answers per (respondent, question) in one statement; ids of existing rows are kept. */
  async upsert(manager: EntityManager, respondentId: string, assessmentId: string, answers: readonly AnswerValue[]): Promise<void> {
    if (answers.length === 0) return;
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(AnswerEntity)
      .values(
        answers.map((answer) => ({
          id: newId(),
          respondentId,
          assessmentId,
          questionId: answer.questionId,
          optionId: answer.optionId ?? null,
          optionIds: answer.optionIds ?? null,
          text: answer.text ?? null,
          comment: answer.comment ?? null,
          updatedAt: now,
        })),
      )
      .orUpdate(['option_id', 'option_ids', 'text', 'comment', 'updated_at'], ['respondent_id', 'question_id'])
      .execute();
  }

  async delete(manager: EntityManager, respondentId: string, questionIds: readonly string[]): Promise<void> {
    if (questionIds.length === 0) return;
    await manager.getRepository(AnswerEntity).delete({ respondentId, questionId: In([...questionIds]) });
  }
}

/** The stored answers in the shape the shared domain works on. */
export function toAnswerValue(entity: AnswerEntity): AnswerValue {
  return {
    questionId: entity.questionId,
    optionId: entity.optionId,
    optionIds: entity.optionIds,
    text: entity.text,
    comment: entity.comment,
  };
}

/** Groups an assessment's answers by respondent for scoring. */
export function groupByRespondent(
  respondents: ReadonlyArray<{ id: string; role: RespondentRole }>,
  answers: readonly AnswerEntity[],
): RespondentAnswers[] {
  const byRespondent = new Map<string, Map<string, AnswerValue>>();
  for (const respondent of respondents) byRespondent.set(respondent.id, new Map());
  for (const answer of answers) byRespondent.get(answer.respondentId)?.set(answer.questionId, toAnswerValue(answer));
  return respondents.map((respondent) => ({
    respondentId: respondent.id,
    role: respondent.role,
    answers: byRespondent.get(respondent.id) ?? new Map(),
  }));
}
