import type { DataSource } from 'typeorm';
import { AnswerEntity } from '../answer/answer.entity.js';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import { OrganizationEntity } from '../organization/organization.entity.js';

/** Finds and removes self-assessments that were started and never answered. */
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Deletes the self-service organisations created before `cutoff` none of whose assessments has
   * a single answer (their assessments and respondents go with them by cascade). One statement.
   */
  async deleteUnansweredSelfAssessments(workspaceId: string, cutoff: Date): Promise<number> {
    const answered = this.dataSource
      .createQueryBuilder()
      .select('assessment.organization_id')
      .from(AssessmentEntity, 'assessment')
      .where((qb) => `EXISTS ${qb.subQuery().select('1').from(AnswerEntity, 'answer').where('answer.assessment_id = assessment.id').getQuery()}`);
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(OrganizationEntity)
      .where('workspace_id = :workspaceId', { workspaceId })
      .andWhere('created_at < :cutoff', { cutoff })
      .andWhere(`id NOT IN (${answered.getQuery()})`)
      .execute();
    return result.affected ?? 0;
  }
}
