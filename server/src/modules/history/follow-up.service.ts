import { ConflictError, NotFoundError, carryOverAnswers } from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import { type AnswerRepository, toAnswerValue } from '../answer/answer.repository.js';
import type { AssessmentRepository } from '../assessment/assessment.repository.js';
import type { RespondentSessionService } from '../respondent/respondent-session.service.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { ResultService } from '../result/result.service.js';
import type { LatestQuestionnaire } from './latest-questionnaire.js';

/**
 * A self-assessing business checks itself again: a new self-assessment of the same
 * organisation (so its intake stays and the two results compare), pre-filled with what it
 * answered last time.
 */
export class FollowUpService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly sessions: RespondentSessionService,
    private readonly results: ResultService,
    private readonly assessments: AssessmentRepository,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly latestQuestionnaire: LatestQuestionnaire,
  ) {}

  /**
   * From the private link of a submitted, scored self-assessment: the new one on the latest
   * questionnaire version, same role, language and desired relationship model, with the answers
   * and comments that still fit (`carryOverAnswers`). Returns the new link's token (stored
   * hashed). Unknown and revoked links are NOT_FOUND, the read-only demo and a self-assessment
   * nobody submitted are CONFLICT, a consultant's invitation is NOT_FOUND (its consultant starts
   * the next check-up); in each case nothing is written.
   */
  async start(previousToken: string): Promise<string> {
    const access = await this.sessions.writableAccess(previousToken);
    const { assessment, respondent } = access;
    if (assessment.kind !== 'SELF') throw new NotFoundError('This link has no follow-up of its own: your consultant starts the next check-up.');
    if (!respondent.submittedAt || !(await this.results.latestOf(assessment))) {
      throw new ConflictError('Finish this self-assessment first: a follow-up starts from submitted answers.');
    }
    const { storedKey, questionnaire } = await this.latestQuestionnaire.of(assessment.workspaceId, assessment.questionnaireKey);
    const carried = carryOverAnswers(questionnaire, respondent.role, (await this.answers.listByRespondent(respondent.id)).map(toAnswerValue));
    const token = newToken();
    const assessmentId = newId();
    const respondentId = newId();
    const now = Date.now();
    await this.transactions.run(async (manager) => {
      await this.assessments.insert(manager, {
        id: assessmentId,
        workspaceId: assessment.workspaceId,
        organizationId: assessment.organizationId,
        questionnaireKey: storedKey,
        questionnaireVersion: questionnaire.version,
        kind: 'SELF',
        status: 'OPEN',
        title: null,
        locale: assessment.locale,
        closedAt: null,
        minGroupSize: assessment.minGroupSize,
        desiredRelationshipModel: assessment.desiredRelationshipModel,
        targets: null,
        createdAt: new Date(now),
        updatedAt: new Date(now),
      });
      await this.respondents.insertMany(manager, [{
        id: respondentId, assessmentId, role: respondent.role, locale: respondent.locale, label: null,
        tokenHash: hashToken(token), submittedAt: null, revokedAt: null, createdAt: new Date(now),
      }]);
      await this.answers.insertMany(manager, carried.map((answer) => ({
        respondentId,
        assessmentId,
        questionId: answer.questionId,
        optionId: answer.optionId ?? null,
        optionIds: answer.optionIds ?? null,
        text: answer.text ?? null,
        comment: answer.comment ?? null,
      })));
    });
    return token;
  }
}
