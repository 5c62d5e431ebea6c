import type { DataSource, EntityManager } from 'typeorm';
import { hashToken } from '../../db/ids.js';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import { OrganizationEntity } from '../organization/organization.entity.js';
import { RespondentEntity } from './respondent.entity.js';

/** A respondent with the assessment and organisation its link opens. */
export interface RespondentAccess {
  respondent: RespondentEntity;
  assessment: AssessmentEntity;
  organization: OrganizationEntity;
}

export class RespondentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Resolves a private link token in one query; undefined when no respondent has it. */
  async findAccessByToken(token: string, manager: EntityManager = this.dataSource.manager): Promise<RespondentAccess | undefined> {
    const respondent = await manager
      .getRepository(RespondentEntity)
      .createQueryBuilder('respondent')
      .innerJoinAndSelect('respondent.assessment', 'assessment')
      .innerJoinAndSelect('assessment.organization', 'organization')
      .where('respondent.tokenHash = :hash', { hash: hashToken(token) })
      .getOne();
    if (!respondent?.assessment?.organization) return undefined;
    const { assessment } = respondent;
    const organization = assessment.organization!;
    return { respondent, assessment, organization };
  }

  /** Every respondent of an assessment, oldest first. */
  listByAssessment(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<RespondentEntity[]> {
    return manager.getRepository(RespondentEntity).find({ where: { assessmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
