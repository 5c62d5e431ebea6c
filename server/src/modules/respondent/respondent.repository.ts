import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import type { RespondentRole } from '@omcheck/shared';
import { hashToken } from '../../db/ids.js';
import { RawSql } from '../../db/raw-sql.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { OrganizationEntity } from '../organization/organization.entity.js';
import type { WorkspaceEntity } from '../workspace/workspace.entity.js';
import { RespondentEntity, type RespondentKind } from './respondent.entity.js';

/** A respondent with the assessment, organisation and workspace its link opens. */
export interface RespondentAccess {
  respondent: RespondentEntity;
  assessment: AssessmentEntity;
  organization: OrganizationEntity;
  workspace: WorkspaceEntity;
}

/** What the autosave needs to know about a token's respondent: one indexed lookup, one join. */
export interface RespondentWriter {
  respondentId: string;
  assessmentId: string;
  role: RespondentRole;
  tokenHash: string;
  assessment: { status: AssessmentEntity['status']; questionnaireKey: string; questionnaireVersion: string };
}

/** The writer behind an already-resolved access (the demo seeding writes through it). */
export function writerOf(access: RespondentAccess): RespondentWriter {
  const { respondent, assessment } = access;
  return {
    respondentId: respondent.id,
    assessmentId: respondent.assessmentId,
    role: respondent.role,
    tokenHash: respondent.tokenHash,
    assessment: { status: assessment.status, questionnaireKey: assessment.questionnaireKey, questionnaireVersion: assessment.questionnaireVersion },
  };
}

const WRITER_BY_TOKEN =
  'SELECT r.id, r.assessment_id, r.role, a.status, a.questionnaire_key, a.questionnaire_version ' +
  'FROM respondent r INNER JOIN assessment a ON a.id = r.assessment_id ' +
  'WHERE r.token_hash = ? AND r.revoked_at IS NULL AND r.workshop_id IS NULL';

export class RespondentRepository {
  private readonly sql: RawSql;

  constructor(private readonly dataSource: DataSource) {
    this.sql = new RawSql(dataSource);
  }

  /** The live (unrevoked) respondent behind a token for a write, without hydrating entities. */
  async findWriterByToken(token: string): Promise<RespondentWriter | undefined> {
    const tokenHash = hashToken(token);
    const [row] = await this.sql.arrays(WRITER_BY_TOKEN, [tokenHash]);
    if (!row) return undefined;
    const [respondentId, assessmentId, role, status, questionnaireKey, questionnaireVersion] = row as [string, string, RespondentRole, AssessmentEntity['status'], string, string];
    return { respondentId, assessmentId, role, tokenHash, assessment: { status, questionnaireKey, questionnaireVersion } };
  }

  /** Resolves a private link token in one query; undefined when no live (unrevoked) respondent has it. */
  async findAccessByToken(token: string, manager: EntityManager = this.dataSource.manager): Promise<RespondentAccess | undefined> {
    const respondent = await manager
      .getRepository(RespondentEntity)
      .createQueryBuilder('respondent')
      .innerJoinAndSelect('respondent.assessment', 'assessment')
      .innerJoinAndSelect('assessment.organization', 'organization')
      .innerJoinAndSelect('assessment.workspace', 'workspace')
      .where('respondent.tokenHash = :hash', { hash: hashToken(token) })
      .andWhere('respondent.revokedAt IS NULL')
      // Workshop participants vote through castVote only (never around the reveal); the consensus has no door.
      .andWhere('respondent.workshopId IS NULL')
      .getOne();
    const assessment = respondent?.assessment;
    if (!respondent || !assessment?.organization || !assessment.workspace) return undefined;
    return { respondent, assessment, organization: assessment.organization, workspace: assessment.workspace };
  }

  /** The respondent if its assessment belongs to one of `workspaceIds`; other workspaces' ids find nothing. */
  findIn(id: string, workspaceIds: readonly string[]): Promise<RespondentEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.dataSource.manager
      .getRepository(RespondentEntity)
      .createQueryBuilder('respondent')
      .innerJoinAndSelect('respondent.assessment', 'assessment')
      .where('respondent.id = :id', { id })
      .andWhere('assessment.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .andWhere("respondent.kind = 'INDIVIDUAL'")
      .getOne();
  }

  /** Every respondent (person) of an assessment, oldest first; a workshop's consensus is not a person. */
  listByAssessment(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<RespondentEntity[]> {
    return manager.getRepository(RespondentEntity).find({ where: { assessmentId, kind: 'INDIVIDUAL' }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Respondents of an assessment who submitted and whose links were not revoked: the ones a result counts. */
  listSubmitted(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<RespondentEntity[]> {
    return manager
      .getRepository(RespondentEntity)
      .createQueryBuilder('respondent')
      .where('respondent.assessmentId = :assessmentId', { assessmentId })
      .andWhere('respondent.submittedAt IS NOT NULL')
      .andWhere('respondent.revokedAt IS NULL')
      .andWhere("respondent.kind = 'INDIVIDUAL'")
      .orderBy('respondent.createdAt', 'ASC')
      .addOrderBy('respondent.id', 'ASC')
      .getMany();
  }

  async insertMany(
    manager: EntityManager,
    rows: ReadonlyArray<
      Omit<RespondentEntity, 'createdAt' | 'assessment' | 'workshop' | 'kind' | 'workshopId'> & { createdAt?: Date; kind?: RespondentKind; workshopId?: string | null }
    >,
  ): Promise<void> {
    // Not read back: the caller knows every value it wrote.
    if (rows.length > 0) await manager.createQueryBuilder().insert().into(RespondentEntity).values([...rows]).updateEntity(false).execute();
  }

  async markSubmitted(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(RespondentEntity).update({ id }, { submittedAt: at });
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.dataSource.manager.getRepository(RespondentEntity).update({ id, revokedAt: IsNull() }, { revokedAt: at });
  }
}
