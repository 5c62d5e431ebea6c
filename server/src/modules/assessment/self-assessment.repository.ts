import type { DataSource } from 'typeorm';
import { dateParam } from '../../db/dialect-sql.js';
import { RawSql } from '../../db/raw-sql.js';
import type { OrganizationEntity } from '../organization/organization.entity.js';
import type { RespondentEntity } from '../respondent/respondent.entity.js';
import type { AssessmentEntity } from './assessment.entity.js';

export type NewOrganization = Pick<OrganizationEntity, 'id' | 'workspaceId' | 'name' | 'industry' | 'size'>;
export type NewSelfAssessment = Pick<AssessmentEntity,
  'id' | 'workspaceId' | 'organizationId' | 'questionnaireKey' | 'questionnaireVersion' | 'locale' | 'minGroupSize' | 'desiredRelationshipModel' | 'createdAt'>;
export type NewRespondent = Pick<RespondentEntity, 'id' | 'assessmentId' | 'role' | 'locale' | 'tokenHash'>;

const ORGANIZATION = 'INSERT INTO organization (id, workspace_id, name, industry, size) VALUES (?, ?, ?, ?, ?)';
const ASSESSMENT =
  'INSERT INTO assessment (id, workspace_id, organization_id, questionnaire_key, questionnaire_version, kind, status, locale, min_group_size, desired_relationship_model, created_at) ' +
  "VALUES (?, ?, ?, ?, ?, 'SELF', 'OPEN', ?, ?, ?, ?)";
const RESPONDENT = 'INSERT INTO respondent (id, assessment_id, role, locale, token_hash) VALUES (?, ?, ?, ?, ?)';
/** PostgreSQL: the three rows in one statement — atomic, one round trip, no BEGIN/COMMIT. */
const ALL_AT_ONCE = `WITH organization_row AS (${ORGANIZATION} RETURNING id), assessment_row AS (${ASSESSMENT} RETURNING id) ${RESPONDENT}`;

/**
 * The write that starts an online self-assessment: a company, its check-up and its one
 * respondent. Every visitor's first request, so plain SQL: one statement on PostgreSQL (a start
 * held a pooled connection for five round trips and was the slowest request under load), one
 * synchronous transaction on SQLite. Columns not named keep their defaults (timestamps, nulls).
 */
export class SelfAssessmentRepository {
  private readonly sql: RawSql;

  constructor(dataSource: DataSource) {
    this.sql = new RawSql(dataSource);
  }

  async insertStart(organization: NewOrganization, assessment: NewSelfAssessment, respondent: NewRespondent): Promise<void> {
    const organizationParams = [organization.id, organization.workspaceId, organization.name, organization.industry, organization.size];
    const assessmentParams = [
      assessment.id, assessment.workspaceId, assessment.organizationId, assessment.questionnaireKey, assessment.questionnaireVersion,
      assessment.locale, assessment.minGroupSize, assessment.desiredRelationshipModel,
      // TypeORM's own date form, so these sort with rows TypeORM wrote.
      dateParam(assessment.createdAt, this.sql.dialect),
    ];
    const respondentParams = [respondent.id, respondent.assessmentId, respondent.role, respondent.locale, respondent.tokenHash];
    if (this.sql.dialect === 'postgres') {
      await this.sql.run(ALL_AT_ONCE, [...organizationParams, ...assessmentParams, ...respondentParams]);
      return;
    }
    await this.sql.sqliteAtomically([[ORGANIZATION, organizationParams], [ASSESSMENT, assessmentParams], [RESPONDENT, respondentParams]]);
  }
}
