import type { AnswerValue, RespondentAnswers, RespondentRole } from '@omcheck/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { newId } from '../../db/ids.js';
import { RawSql, type RawRow } from '../../db/raw-sql.js';
import { AnswerEntity } from './answer.entity.js';

/** A stored answer without its row identity: what the autosave hands back. */
export type StoredAnswer = AnswerValue & { updatedAt: Date };

const ANSWER_COLUMNS = 'question_id, option_id, option_ids, text, comment, updated_at';

export class AnswerRepository {
  private readonly sql: RawSql;
  private readonly optionIdsColumn: ColumnMetadata;
  private readonly updatedAtColumn: ColumnMetadata;

  constructor(private readonly dataSource: DataSource) {
    this.sql = new RawSql(dataSource);
    const metadata = dataSource.getMetadata(AnswerEntity);
    this.optionIdsColumn = metadata.findColumnWithPropertyName('optionIds')!;
    this.updatedAtColumn = metadata.findColumnWithPropertyName('updatedAt')!;
  }

  /**
   * The autosave's write: inserts or updates a respondent's answers in ONE plain statement (no
   * query building, no re-read) and returns the stored rows. Atomic on its own; on SQLite call it
   * under `TransactionRunner.single`, never inside a transaction of another connection.
   */
  async upsertReturning(
    respondentId: string,
    assessmentId: string,
    answers: readonly AnswerValue[],
    { returning = true }: { returning?: boolean } = {},
  ): Promise<StoredAnswer[]> {
    if (answers.length === 0) return [];
    const driver = this.dataSource.driver;
    const now = driver.preparePersistentValue(new Date(), this.updatedAtColumn);
    const params: unknown[] = [];
    for (const answer of answers) {
      params.push(
        newId(), respondentId, assessmentId, answer.questionId, answer.optionId ?? null,
        answer.optionIds ? driver.preparePersistentValue(answer.optionIds, this.optionIdsColumn) : null,
        answer.text ?? null, answer.comment ?? null, now,
      );
    }
    if (!returning) {
      await this.sql.run(upsertStatement(answers.length, false), params);
      return [];
    }
    const rows = await this.sql.all(upsertStatement(answers.length, true), params);
    return rows.map((row) => this.hydrate(row));
  }

  /**
   * What progress needs after an autosave (`progressFromAnswered`), in one row: the ids of the
   * answered questions, and the choices of the questions `conditionSources` names. Stored
   * answers are normalised (`normaliseAnswer`), so a stored choice or text always counts.
   * Aggregated into one string because reading ~50 rows cost more than the upsert itself.
   */
  async answeredFacts(respondentId: string, conditionSources: readonly string[]): Promise<AnsweredFacts> {
    const joined = await this.sql.scalar(answeredFactsStatement(this.sql.dialect, conditionSources.length), [...conditionSources, respondentId]);
    const answered = new Set<string>();
    const conditionAnswers = new Map<string, AnswerValue>();
    if (typeof joined !== 'string' || joined === '') return { answered, conditionAnswers };
    for (const item of joined.split(ITEM_SEPARATOR)) {
      const [questionId, optionId, optionIds] = item.split(FIELD_SEPARATOR) as [string, string?, string?];
      answered.add(questionId);
      if (optionId === undefined) continue;
      conditionAnswers.set(questionId, {
        questionId,
        optionId: optionId || null,
        optionIds: optionIds ? (JSON.parse(optionIds) as string[]) : null,
      });
    }
    return { answered, conditionAnswers };
  }

  /** A respondent's stored answers to the given questions (a cleared one is absent). */
  async storedAnswers(respondentId: string, questionIds: readonly string[]): Promise<StoredAnswer[]> {
    if (questionIds.length === 0) return [];
    const rows = await this.sql.all(
      `SELECT ${ANSWER_COLUMNS} FROM answer WHERE respondent_id = ? AND question_id IN (${questionIds.map(() => '?').join(', ')})`,
      [respondentId, ...questionIds],
    );
    return rows.map((row) => this.hydrate(row));
  }

  /** Deletes a respondent's answers to the given questions in one statement (see `upsertReturning`). */
  async deleteQuestions(respondentId: string, questionIds: readonly string[]): Promise<void> {
    if (questionIds.length === 0) return;
    await this.sql.run(`DELETE FROM answer WHERE respondent_id = ? AND question_id IN (${questionIds.map(() => '?').join(', ')})`, [respondentId, ...questionIds]);
  }

  private hydrate(row: RawRow): StoredAnswer {
    const driver = this.dataSource.driver;
    return {
      questionId: row.question_id as string,
      optionId: (row.option_id as string | null) ?? null,
      optionIds: row.option_ids == null ? null : (driver.prepareHydratedValue(row.option_ids, this.optionIdsColumn) as string[]),
      text: (row.text as string | null) ?? null,
      comment: (row.comment as string | null) ?? null,
      updatedAt: driver.prepareHydratedValue(row.updated_at, this.updatedAtColumn) as Date,
    };
  }

  listByRespondent(respondentId: string, manager: EntityManager = this.dataSource.manager): Promise<AnswerEntity[]> {
    return manager.getRepository(AnswerEntity).find({ where: { respondentId }, order: { questionId: 'ASC' } });
  }

  /** The people's answers of an assessment; a workshop consensus is read on its own (`listByRespondent`). */
  listByAssessment(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<AnswerEntity[]> {
    return manager
      .getRepository(AnswerEntity)
      .createQueryBuilder('answer')
      .where('answer.assessmentId = :assessmentId', { assessmentId })
      .andWhere("answer.respondentId NOT IN (SELECT c.id FROM respondent c WHERE c.assessment_id = :assessmentId AND c.kind = 'CONSENSUS')")
      .getMany();
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

  /** Inserts answers of several respondents (an imported check-up), a few hundred rows per statement. */
  async insertMany(manager: EntityManager, rows: ReadonlyArray<Omit<AnswerEntity, 'id' | 'updatedAt' | 'respondent' | 'assessment'>>): Promise<void> {
    for (let start = 0; start < rows.length; start += 500) {
      await manager.getRepository(AnswerEntity).insert(rows.slice(start, start + 500).map((row) => ({ ...row, id: newId() })));
    }
  }

  async delete(manager: EntityManager, respondentId: string, questionIds: readonly string[]): Promise<void> {
    if (questionIds.length === 0) return;
    await manager.getRepository(AnswerEntity).delete({ respondentId, questionId: In([...questionIds]) });
  }
}

export interface AnsweredFacts {
  answered: Set<string>;
  conditionAnswers: Map<string, AnswerValue>;
}

/** Control characters no question or option id contains (ids are validated slugs). */
const ITEM_SEPARATOR = '\u001f';
const FIELD_SEPARATOR = '\u001e';

const answeredFactsStatements = new Map<string, string>();

function answeredFactsStatement(dialect: 'sqlite' | 'postgres', sourceCount: number): string {
  const key = `${dialect}:${sourceCount}`;
  let sql = answeredFactsStatements.get(key);
  if (!sql) {
    const [aggregate, char, json] = dialect === 'sqlite' ? ['group_concat', 'char', 'option_ids'] : ['string_agg', 'chr', 'option_ids::text'];
    const item = sourceCount === 0
      ? 'question_id'
      : `CASE WHEN question_id IN (${Array(sourceCount).fill('?').join(', ')}) ` +
        `THEN question_id || ${char}(30) || coalesce(option_id, '') || ${char}(30) || coalesce(${json}, '') ELSE question_id END`;
    sql = `SELECT ${aggregate}(${item}, ${char}(31)) FROM answer ` +
      'WHERE respondent_id = ? AND (option_id IS NOT NULL OR option_ids IS NOT NULL OR text IS NOT NULL)';
    answeredFactsStatements.set(key, sql);
  }
  return sql;
}

const upsertStatements = new Map<number, string>();

/** The upsert for `count` rows; the text depends only on the count, so it is prepared once per size. */
function upsertStatement(count: number, returning: boolean): string {
  const key = returning ? count : -count;
  let sql = upsertStatements.get(key);
  if (!sql) {
    const row = `(${Array(9).fill('?').join(', ')})`;
    sql =
      'INSERT INTO answer (id, respondent_id, assessment_id, question_id, option_id, option_ids, text, comment, updated_at) ' +
      `VALUES ${Array(count).fill(row).join(', ')} ` +
      'ON CONFLICT (respondent_id, question_id) DO UPDATE SET option_id = excluded.option_id, option_ids = excluded.option_ids, ' +
      'text = excluded.text, comment = excluded.comment, updated_at = excluded.updated_at' +
      (returning ? ` RETURNING ${ANSWER_COLUMNS}` : '');
    upsertStatements.set(key, sql);
  }
  return sql;
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
