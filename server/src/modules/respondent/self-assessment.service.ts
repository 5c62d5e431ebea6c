import { DEFAULT_QUESTIONNAIRE_KEY, type Locale, type RespondentRole } from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import { OrganizationEntity } from '../organization/organization.entity.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import { WorkspaceEntity } from '../workspace/workspace.entity.js';
import { RespondentEntity } from './respondent.entity.js';
import type { RespondentAccess } from './respondent.repository.js';

/** The tenant that holds every online self-assessment. */
export const SELF_SERVICE_WORKSPACE_ID = '00000000-0000-4000-8000-000000000001';

export interface StartSelfAssessmentCommand {
  organizationName: string | null;
  industry: string | null;
  size: string | null;
  role: RespondentRole;
  locale: Locale;
}

/** Starts anonymous self-assessments: organisation, assessment and respondent in one transaction. */
export class SelfAssessmentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  /** Returns the new respondent's access and the private token (shown once, stored hashed). */
  async start(command: StartSelfAssessmentCommand, fixedToken?: string): Promise<RespondentAccess & { token: string }> {
    const questionnaire = this.questionnaires.get(DEFAULT_QUESTIONNAIRE_KEY);
    // A fixed token is only ever passed by the demo seed, never from the API.
    const token = fixedToken ?? newToken();
    return this.transactions.run(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(WorkspaceEntity)
        .values({ id: SELF_SERVICE_WORKSPACE_ID, name: 'Online self-assessments', kind: 'SELF_SERVICE' })
        .orIgnore()
        .execute();
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          id: newId(),
          workspaceId: SELF_SERVICE_WORKSPACE_ID,
          name: command.organizationName,
          industry: command.industry,
          size: command.size,
        }),
      );
      const assessment = await manager.save(
        manager.create(AssessmentEntity, {
          id: newId(),
          workspaceId: SELF_SERVICE_WORKSPACE_ID,
          organizationId: organization.id,
          questionnaireKey: questionnaire.key,
          questionnaireVersion: questionnaire.version,
          kind: 'SELF',
          status: 'OPEN',
        }),
      );
      const respondent = await manager.save(
        manager.create(RespondentEntity, {
          id: newId(),
          assessmentId: assessment.id,
          role: command.role,
          locale: command.locale,
          name: null,
          tokenHash: hashToken(token),
          submittedAt: null,
        }),
      );
      return { respondent, assessment, organization, token };
    });
  }
}
