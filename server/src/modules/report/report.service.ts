import { NotFoundError, buildReportModel, type Locale, type ReportModel } from '@omcheck/shared';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import { type AnswerRepository, groupByRespondent } from '../answer/answer.repository.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { AssessmentRepository } from '../assessment/assessment.repository.js';
import type { HistoryService } from '../history/history.service.js';
import type { OrganizationRepository } from '../organization/organization.repository.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { RecommendationRepository } from '../recommendation/recommendation.repository.js';
import type { RespondentSessionService } from '../respondent/respondent-session.service.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { ResultService } from '../result/result.service.js';
import type { ShareLinkService } from '../share/share-link.service.js';
import type { ConsensusService } from '../workshop/consensus.service.js';

/** A report ready to render, and what its file is named after (the client and the scoring date). */
export interface PreparedReport {
  model: ReportModel;
  clientName: string;
  scoredAt: Date;
}

function required(report: PreparedReport | null): PreparedReport {
  if (!report) throw new NotFoundError('There is no result to report yet: nobody has submitted answers.');
  return report;
}

/**
 * Builds the report model of a check-up behind one of three doors — a consultant (read access
 * through the guard), a self-assessing respondent's private link, or a share link — in the
 * language asked for (the check-up's own by default).
 */
export class ReportService {
  constructor(
    private readonly guard: AccessGuard,
    private readonly sessions: RespondentSessionService,
    private readonly shareLinks: ShareLinkService,
    private readonly results: ResultService,
    private readonly organizations: OrganizationRepository,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly recommendations: RecommendationRepository,
    private readonly assessments: AssessmentRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly history: Pick<HistoryService, 'previousOf'>,
    private readonly consensus: Pick<ConsensusService, 'of'>,
  ) {}

  async forConsultant(actor: Actor | null, assessmentId: string, locale: Locale | null): Promise<PreparedReport> {
    return required(await this.consultantReportIfScored(actor, assessmentId, locale));
  }

  /** Like `forConsultant`, but null while nobody has submitted (meeting mode shows an empty state). */
  async consultantReportIfScored(actor: Actor | null, assessmentId: string, locale: Locale | null): Promise<PreparedReport | null> {
    const { assessment } = await this.guard.assessment(actor, assessmentId, 'read');
    return this.prepare(assessment, locale);
  }

  /**
   * For the command line (`omcheck report`), run by whoever operates the server: any check-up by
   * id, no workspace check. Never reachable from HTTP.
   */
  async forOperator(assessmentId: string, locale: Locale | null): Promise<PreparedReport> {
    const assessment = await this.assessments.findById(assessmentId);
    if (!assessment) throw new NotFoundError(`There is no check-up with id ${assessmentId}.`);
    await this.questionnaires.ensureLoaded(assessment.questionnaireKey);
    return required(await this.prepare(assessment, locale));
  }

  /** A self-assessing respondent's own report; a consultant's check-up reports come from the consultant. */
  async forRespondent(token: string, locale: Locale | null): Promise<PreparedReport> {
    const access = await this.sessions.access(token);
    if (access.assessment.kind !== 'SELF') {
      throw new NotFoundError('This link has no report of its own: the consultant shares the check-up’s report.');
    }
    return required(await this.prepare(access.assessment, locale ?? access.respondent.locale));
  }

  async forShareLink(token: string, locale: Locale | null): Promise<PreparedReport> {
    return required(await this.prepare(await this.shareLinks.open(token), locale));
  }

  /** Null when nobody has submitted yet. */
  private async prepare(assessment: AssessmentEntity, locale: Locale | null): Promise<PreparedReport | null> {
    const stored = await this.results.latestOf(assessment);
    if (!stored) return null;
    const [organization, respondents, answers, previous, consensus] = await Promise.all([
      this.organizations.findById(assessment.organizationId),
      this.respondents.listSubmitted(assessment.id),
      this.answers.listByAssessment(assessment.id),
      this.history.previousOf(assessment),
      // A workshop's agreed answers, beside the individual ones (check-ups only: self-assessments have no workshop).
      assessment.kind === 'SELF' ? null : this.consensus.of(assessment.id, assessment),
    ]);
    const items = await this.recommendations.listActionItems(stored.recommendations.map((r) => r.id));
    const scoredAt = stored.snapshot.createdAt.toISOString();
    const model = buildReportModel({
      locale: locale ?? assessment.locale,
      questionnaire: stored.questionnaire,
      score: stored.snapshot.score,
      scoringVersion: stored.snapshot.scoringVersion,
      meta: {
        organizationName: organization?.name ?? null,
        assessmentTitle: assessment.title,
        kind: assessment.kind === 'SELF' ? 'SELF' : 'CHECKUP',
        respondentCount: stored.snapshot.respondentCount,
        minGroupSize: assessment.minGroupSize,
        scoredAt,
      },
      respondents: groupByRespondent(respondents, answers),
      targets: assessment.targets ?? {},
      // The radar overlays the previous check-up of the same client (only dimensions both have).
      previous: previous ? new Map(previous.snapshot.score.dimensions.map((d) => [d.dimensionId, d.score])) : null,
      consensus,
      recommendations: stored.recommendations.map((row) => ({
        id: row.id,
        ruleId: row.ruleId,
        dimensionId: row.dimensionId ?? '',
        status: row.status,
        customTitle: row.customTitle,
        customBody: row.customBody,
        dismissReason: row.dismissReason,
        priority: row.priority,
        horizon: row.horizon,
        active: row.active,
        actionItems: items
          .filter((item) => item.recommendationId === row.id)
          .map((item) => ({ title: item.title, owner: item.owner, dueDate: item.dueDate, done: item.status === 'DONE' })),
      })),
    });
    return { model, clientName: organization?.name ?? (assessment.kind === 'SELF' ? 'self-assessment' : 'check-up'), scoredAt: stored.snapshot.createdAt };
  }
}
