import type { Locale, RespondentRole } from '@omcheck/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { dateParam, dialectOf, placeholders, readDate, readNumber } from '../../db/dialect-sql.js';
import { hashToken } from '../../db/ids.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import { WorkshopQuestionEntity } from './workshop-question.entity.js';
import { WorkshopEntity } from './workshop.entity.js';

/** One participant's vote as stored: their answer to a workshop question. */
export interface StoredVote {
  participantId: string;
  role: RespondentRole;
  questionId: string;
  optionId: string;
}

/** The participant behind a token, with the workshop it joined. */
export interface ParticipantAccess {
  participantId: string;
  role: RespondentRole;
  locale: Locale;
  workshop: WorkshopEntity;
  assessment: Pick<AssessmentEntity, 'id' | 'status' | 'questionnaireKey' | 'questionnaireVersion'>;
}

/** What a facilitator screen shows of the check-up besides the workshop. */
export interface WorkshopAssessmentFacts {
  title: string;
  status: AssessmentEntity['status'];
  locale: Locale;
  minGroupSize: number;
  questionnaireKey: string;
  questionnaireVersion: string;
}

const PARTICIPANT_BY_TOKEN =
  'SELECT r.id, r.role, r.locale, a.status, a.questionnaire_key, a.questionnaire_version, ' +
  'w.id AS w_id, w.assessment_id, w.code, w.state, w.current_question_id, w.started_by_user_id, w.started_at, w.ended_at, w.consensus_respondent_id ' +
  'FROM respondent r INNER JOIN workshop w ON w.id = r.workshop_id INNER JOIN assessment a ON a.id = r.assessment_id ' +
  "WHERE r.token_hash = ? AND r.kind = 'INDIVIDUAL' AND r.revoked_at IS NULL";

const VOTES_ON_QUESTION =
  'SELECT v.respondent_id, v.option_id FROM answer v INNER JOIN respondent r ON r.id = v.respondent_id ' +
  "WHERE r.workshop_id = ? AND r.kind = 'INDIVIDUAL' AND v.question_id = ? AND v.option_id IS NOT NULL";

const VOTES =
  'SELECT r.id, r.role, v.question_id, v.option_id FROM answer v INNER JOIN respondent r ON r.id = v.respondent_id ' +
  "WHERE r.workshop_id = ? AND r.kind = 'INDIVIDUAL' AND v.option_id IS NOT NULL ORDER BY r.id";

/** Every read and write of workshops, their questions and their votes. */
export class WorkshopRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The workshop if its check-up belongs to one of `workspaceIds`; other workspaces' ids find nothing. */
  findIn(id: string, workspaceIds: readonly string[]): Promise<WorkshopEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.dataSource.manager
      .getRepository(WorkshopEntity)
      .createQueryBuilder('workshop')
      .innerJoinAndSelect('workshop.assessment', 'assessment')
      .where('workshop.id = :id', { id })
      .andWhere('assessment.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .getOne();
  }

  find(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkshopEntity | null> {
    return manager.getRepository(WorkshopEntity).findOneBy({ id });
  }

  /** The row, locked until the transaction ends (PostgreSQL; SQLite writes one at a time): reveals and the end wait for votes and the other way round. */
  async lock(manager: EntityManager, id: string, mode: 'share' | 'update'): Promise<WorkshopEntity | null> {
    await this.lockOnly(manager, id, mode);
    return this.find(id, manager);
  }

  /** `lock` without reading the row back (a vote's statement checks the state itself). */
  async lockOnly(manager: EntityManager, id: string, mode: 'share' | 'update'): Promise<void> {
    if (dialectOf(manager) === 'postgres') await manager.query(`SELECT id FROM workshop WHERE id = $1 FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'}`, [id]);
  }

  /** The ACTIVE workshop of a check-up, else its latest one, else null. */
  async forAssessment(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkshopEntity | null> {
    const repository = manager.getRepository(WorkshopEntity);
    return (
      (await repository.findOneBy({ assessmentId, state: 'ACTIVE' })) ??
      (await repository.findOne({ where: { assessmentId }, order: { startedAt: 'DESC', id: 'DESC' } }))
    );
  }

  findActiveByCode(code: string): Promise<WorkshopEntity | null> {
    return this.dataSource.manager.getRepository(WorkshopEntity).findOneBy({ code, state: 'ACTIVE' });
  }

  async insert(manager: EntityManager, workshop: WorkshopEntity): Promise<void> {
    await manager.getRepository(WorkshopEntity).insert(workshop);
  }

  async setCurrentQuestion(manager: EntityManager, id: string, questionId: string): Promise<void> {
    await manager.getRepository(WorkshopEntity).update({ id }, { currentQuestionId: questionId });
  }

  async end(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(WorkshopEntity).update({ id, state: 'ACTIVE' }, { state: 'ENDED', endedAt: at });
  }

  async assessmentFacts(assessmentId: string): Promise<WorkshopAssessmentFacts | null> {
    const dialect = dialectOf(this.dataSource);
    const sql =
      'SELECT a.title, o.name, a.status, a.locale, a.min_group_size, a.questionnaire_key, a.questionnaire_version ' +
      'FROM assessment a INNER JOIN organization o ON o.id = a.organization_id WHERE a.id = ?';
    const [row] = (await this.dataSource.query(placeholders(sql, dialect), [assessmentId])) as Array<Record<string, unknown>>;
    if (!row) return null;
    return {
      title: (row.title as string | null) ?? (row.name as string),
      status: row.status as AssessmentEntity['status'],
      locale: row.locale as Locale,
      minGroupSize: readNumber(row.min_group_size) ?? 3,
      questionnaireKey: row.questionnaire_key as string,
      questionnaireVersion: row.questionnaire_version as string,
    };
  }

  questions(workshopId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkshopQuestionEntity[]> {
    return manager.getRepository(WorkshopQuestionEntity).findBy({ workshopId });
  }

  question(workshopId: string, questionId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkshopQuestionEntity | null> {
    return manager.getRepository(WorkshopQuestionEntity).findOneBy({ workshopId, questionId });
  }

  /** Closes voting on a question (idempotent: the first reveal's time is kept). */
  async reveal(manager: EntityManager, workshopId: string, questionId: string, at: Date): Promise<void> {
    const existing = await this.question(workshopId, questionId, manager);
    if (existing?.revealedAt) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(WorkshopQuestionEntity)
      .values({ workshopId, questionId, revealedAt: at, consensusOptionId: null, consensusNote: null, updatedAt: at })
      .orUpdate(['revealed_at', 'updated_at'], ['workshop_id', 'question_id'])
      .updateEntity(false)
      .execute();
  }

  async recordConsensus(manager: EntityManager, workshopId: string, questionId: string, optionId: string, note: string | null, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(WorkshopQuestionEntity)
      .values({ workshopId, questionId, revealedAt: at, consensusOptionId: optionId, consensusNote: note, updatedAt: at })
      .orUpdate(['consensus_option_id', 'consensus_note', 'updated_at'], ['workshop_id', 'question_id'])
      .updateEntity(false)
      .execute();
  }

  /** Every vote of the workshop's participants. */
  async votes(workshopId: string): Promise<StoredVote[]> {
    const rows = (await this.dataSource.query(placeholders(VOTES, dialectOf(this.dataSource)), [workshopId])) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      participantId: row.id as string,
      role: row.role as RespondentRole,
      questionId: row.question_id as string,
      optionId: row.option_id as string,
    }));
  }

  /** Every participant's vote on one question: participant id → option id. */
  async votesOn(workshopId: string, questionId: string): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(placeholders(VOTES_ON_QUESTION, dialectOf(this.dataSource)), [workshopId, questionId])) as Array<Record<string, unknown>>;
    return new Map(rows.map((row) => [row.respondent_id as string, row.option_id as string]));
  }

  /** Participants per role. */
  async participantsByRole(workshopId: string): Promise<Map<RespondentRole, number>> {
    const sql = "SELECT role, COUNT(*) AS n FROM respondent WHERE workshop_id = ? AND kind = 'INDIVIDUAL' GROUP BY role";
    const rows = (await this.dataSource.query(placeholders(sql, dialectOf(this.dataSource)), [workshopId])) as Array<Record<string, unknown>>;
    return new Map(rows.map((row) => [row.role as RespondentRole, readNumber(row.n) ?? 0]));
  }

  /** The participant behind a token and its workshop, in one query. */
  async participantByToken(token: string): Promise<ParticipantAccess | null> {
    const dialect = dialectOf(this.dataSource);
    const [row] = (await this.dataSource.query(placeholders(PARTICIPANT_BY_TOKEN, dialect), [hashToken(token)])) as Array<Record<string, unknown>>;
    if (!row) return null;
    const workshop: WorkshopEntity = {
      id: row.w_id as string,
      assessmentId: row.assessment_id as string,
      code: row.code as string,
      state: row.state as WorkshopEntity['state'],
      currentQuestionId: (row.current_question_id as string | null) ?? null,
      startedByUserId: row.started_by_user_id as string,
      startedAt: readDate(row.started_at),
      endedAt: row.ended_at === null || row.ended_at === undefined ? null : readDate(row.ended_at),
      consensusRespondentId: row.consensus_respondent_id as string,
    };
    return {
      participantId: row.id as string,
      role: row.role as RespondentRole,
      locale: row.locale as Locale,
      workshop,
      assessment: {
        id: workshop.assessmentId,
        status: row.status as AssessmentEntity['status'],
        questionnaireKey: row.questionnaire_key as string,
        questionnaireVersion: row.questionnaire_version as string,
      },
    };
  }

  /**
   * Stores a participant's vote (replacing an earlier one) unless the question's votes are
   * revealed or the workshop ended; true when stored. One conditional statement, so a vote
   * never lands after a reveal the same statement could see.
   */
  async upsertVote(manager: EntityManager, vote: { answerId: string; participantId: string; assessmentId: string; workshopId: string; questionId: string; optionId: string }, at: Date): Promise<boolean> {
    const dialect = dialectOf(manager);
    const sql =
      'INSERT INTO answer (id, respondent_id, assessment_id, question_id, option_id, option_ids, text, comment, updated_at) ' +
      'SELECT ?, ?, ?, ?, ?, NULL, NULL, NULL, ? FROM workshop w ' +
      "WHERE w.id = ? AND w.state = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM workshop_question q " +
      'WHERE q.workshop_id = w.id AND q.question_id = ? AND (q.revealed_at IS NOT NULL OR q.consensus_option_id IS NOT NULL)) ' +
      'ON CONFLICT (respondent_id, question_id) DO UPDATE SET option_id = excluded.option_id, updated_at = excluded.updated_at ' +
      'RETURNING id';
    const params = [vote.answerId, vote.participantId, vote.assessmentId, vote.questionId, vote.optionId, dateParam(at, dialect), vote.workshopId, vote.questionId];
    const rows = (await manager.query(placeholders(sql, dialect), params)) as unknown[];
    return rows.length > 0;
  }

  /** Marks every participant with at least one vote submitted; their votes then count in the result. */
  async submitVoters(manager: EntityManager, workshopId: string, at: Date): Promise<number> {
    const dialect = dialectOf(manager);
    const sql =
      'UPDATE respondent SET submitted_at = ? ' +
      "WHERE workshop_id = ? AND kind = 'INDIVIDUAL' AND submitted_at IS NULL " +
      'AND EXISTS (SELECT 1 FROM answer v WHERE v.respondent_id = respondent.id) RETURNING id';
    const rows = (await manager.query(placeholders(sql, dialect), [dateParam(at, dialect), workshopId])) as unknown;
    return countReturned(rows);
  }

  /** The consensus answers of the check-up's latest workshop with a recorded consensus. */
  async latestConsensus(assessmentId: string): Promise<{ workshopId: string; respondentId: string } | null> {
    const sql =
      'SELECT w.id, w.consensus_respondent_id FROM workshop w WHERE w.assessment_id = ? ' +
      'AND EXISTS (SELECT 1 FROM workshop_question q WHERE q.workshop_id = w.id AND q.consensus_option_id IS NOT NULL) ' +
      'ORDER BY w.started_at DESC, w.id DESC';
    const [row] = (await this.dataSource.query(placeholders(sql, dialectOf(this.dataSource)), [assessmentId])) as Array<Record<string, unknown>>;
    return row ? { workshopId: row.id as string, respondentId: row.consensus_respondent_id as string } : null;
  }
}

/** Rows returned by a write: TypeORM answers UPDATE … RETURNING with [rows, count] on PostgreSQL. */
function countReturned(result: unknown): number {
  if (!Array.isArray(result)) return 0;
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return result.length;
}

