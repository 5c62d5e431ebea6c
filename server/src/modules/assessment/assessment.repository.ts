import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { RespondentEntity } from '../respondent/respondent.entity.js';
import { ResultSnapshotEntity } from '../result/result-snapshot.entity.js';
import { AssessmentEntity, type StoredAssessmentStatus } from './assessment.entity.js';

/** Respondent counts of one assessment, for tables. */
export interface RespondentCounts {
  respondentCount: number;
  submittedCount: number;
}

/** Check-ups. Every consultant read takes the workspaces it may look in. */
export class AssessmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The assessment (with its organisation) if it belongs to one of `workspaceIds`. */
  findIn(id: string, workspaceIds: readonly string[]): Promise<AssessmentEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.dataSource.manager
      .getRepository(AssessmentEntity)
      .createQueryBuilder('assessment')
      .innerJoinAndSelect('assessment.organization', 'organization')
      .where('assessment.id = :id', { id })
      .andWhere('assessment.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .getOne();
  }

  /** By id, unscoped: only for callers that reached the assessment through a checked door. */
  findById(id: string): Promise<AssessmentEntity | null> {
    return this.dataSource.manager.getRepository(AssessmentEntity).findOneBy({ id });
  }

  async updateSettings(id: string, settings: Pick<AssessmentEntity, 'minGroupSize' | 'desiredRelationshipModel' | 'targets'>): Promise<void> {
    await this.dataSource.manager.getRepository(AssessmentEntity).update({ id }, settings);
  }

  /** The check-ups of some organisations, newest first. */
  listByOrganizations(organizationIds: readonly string[]): Promise<AssessmentEntity[]> {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.getRepository(AssessmentEntity).find({
      where: { organizationId: In([...organizationIds]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** Inserts without reading the row back (the caller knows every value it wrote). */
  async insert(manager: EntityManager, assessment: Omit<AssessmentEntity, 'createdAt' | 'updatedAt' | 'organization' | 'workspace'> & { createdAt?: Date; updatedAt?: Date }): Promise<void> {
    await manager.createQueryBuilder().insert().into(AssessmentEntity).values(assessment).updateEntity(false).execute();
  }

  async setStatus(id: string, status: StoredAssessmentStatus, closedAt: Date | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(AssessmentEntity).update({ id }, { status, closedAt });
  }

  /** Respondents (not revoked) and how many submitted, per assessment, in one query. */
  async respondentCounts(assessmentIds: readonly string[]): Promise<Map<string, RespondentCounts>> {
    const counts = new Map<string, RespondentCounts>();
    if (assessmentIds.length === 0) return counts;
    const rows = await this.dataSource.manager
      .getRepository(RespondentEntity)
      .createQueryBuilder('respondent')
      .select('respondent.assessmentId', 'assessmentId')
      .addSelect('COUNT(*)', 'respondentCount')
      .addSelect('COUNT(respondent.submittedAt)', 'submittedCount')
      .where('respondent.assessmentId IN (:...ids)', { ids: [...assessmentIds] })
      .andWhere('respondent.revokedAt IS NULL')
      .andWhere("respondent.kind = 'INDIVIDUAL'")
      .groupBy('respondent.assessmentId')
      .getRawMany<{ assessmentId: string; respondentCount: string | number; submittedCount: string | number }>();
    for (const row of rows) {
      counts.set(row.assessmentId, { respondentCount: Number(row.respondentCount), submittedCount: Number(row.submittedCount) });
    }
    return counts;
  }

  /** The newest result snapshot of each assessment that has one, in one query. */
  async latestSnapshots(assessmentIds: readonly string[]): Promise<Map<string, ResultSnapshotEntity>> {
    const byAssessment = new Map<string, ResultSnapshotEntity>();
    if (assessmentIds.length === 0) return byAssessment;
    const rows = await this.dataSource.manager
      .getRepository(ResultSnapshotEntity)
      .createQueryBuilder('snapshot')
      .where('snapshot.assessmentId IN (:...ids)', { ids: [...assessmentIds] })
      .andWhere(
        'snapshot.createdAt = (SELECT MAX(latest.created_at) FROM result_snapshot latest WHERE latest.assessment_id = snapshot.assessment_id)',
      )
      .getMany();
    for (const row of rows) {
      const known = byAssessment.get(row.assessmentId);
      if (!known || known.id < row.id) byAssessment.set(row.assessmentId, row);
    }
    return byAssessment;
  }
}
