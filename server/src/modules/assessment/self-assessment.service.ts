import { DEFAULT_MIN_GROUP_SIZE, DEFAULT_QUESTIONNAIRE_KEY, type Locale, type RelationshipModel, type RespondentRole } from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { SelfAssessmentRepository } from './self-assessment.repository.js';

/** The tenant that holds every online self-assessment (created by a migration). */
export const SELF_SERVICE_WORKSPACE_ID = '00000000-0000-4000-8000-000000000001';

export interface StartSelfAssessmentCommand {
  organizationName: string | null;
  industry: string | null;
  size: string | null;
  role: RespondentRole;
  locale: Locale;
  /** The relationship the company wants with its main provider, when it said. */
  desiredRelationshipModel?: RelationshipModel | null;
}

/** Starts anonymous self-assessments: organisation, assessment and respondent written at once. */
export class SelfAssessmentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly questionnaires: QuestionnaireService,
    private readonly starts: SelfAssessmentRepository,
  ) {}

  /** Returns the new respondent's token (shown once, stored hashed); then open it like any link. */
  async start(command: StartSelfAssessmentCommand, fixedToken?: string): Promise<string> {
    const questionnaire = this.questionnaires.get(DEFAULT_QUESTIONNAIRE_KEY);
    // A fixed token is only ever passed by the demo seed, never from the API.
    const token = fixedToken ?? newToken();
    const organizationId = newId();
    const assessmentId = newId();
    await this.transactions.immediate(() =>
      this.starts.insertStart(
        { id: organizationId, workspaceId: SELF_SERVICE_WORKSPACE_ID, name: command.organizationName, industry: command.industry, size: command.size },
        {
          id: assessmentId,
          workspaceId: SELF_SERVICE_WORKSPACE_ID,
          organizationId,
          questionnaireKey: questionnaire.key,
          questionnaireVersion: questionnaire.version,
          locale: command.locale,
          minGroupSize: DEFAULT_MIN_GROUP_SIZE,
          desiredRelationshipModel: command.desiredRelationshipModel ?? null,
          // Set here like a follow-up's, so the two order by the same clock (and to the millisecond).
          createdAt: new Date(),
        },
        { id: newId(), assessmentId, role: command.role, locale: command.locale, tokenHash: hashToken(token) },
      ),
    );
    return token;
  }
}
