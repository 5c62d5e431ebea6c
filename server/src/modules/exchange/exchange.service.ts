import {
  BadUserInputError, DEFAULT_QUESTIONNAIRE_KEY, NotFoundError, buildCheckupDocument, checkupImportProblems, normaliseAnswer, parseCheckupDocument,
  type AnswerValue, type CheckupDocument, type DocumentProblem, type Locale, type Questionnaire,
} from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { AnswerRepository } from '../answer/answer.repository.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { AssessmentRepository } from '../assessment/assessment.repository.js';
import { titleOf } from '../assessment/assessment-status.js';
import type { OrganizationEntity } from '../organization/organization.entity.js';
import { validateOrganizationFields } from '../organization/organization-input.js';
import type { OrganizationRepository } from '../organization/organization.repository.js';
import type { CustomQuestionnaireService } from '../questionnaire/custom-questionnaire.service.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import { RecommendationEntity } from '../recommendation/recommendation.entity.js';
import type { RecommendationRepository } from '../recommendation/recommendation.repository.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { ResultSnapshotRepository } from '../result/result.repository.js';
import type { ResultService } from '../result/result.service.js';

/** A check-up ready to be written as a file: the document, what renders it, and the file's name parts. */
export interface CheckupExport {
  document: CheckupDocument;
  questionnaire: Questionnaire;
  clientName: string;
  exportedAt: Date;
}

/** Problems shown in one message; all of them are in `problems`. */
const PROBLEMS_IN_MESSAGE = 10;

/** Exports a check-up as a document and imports one into a workspace (all or nothing). */
export class ExchangeService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessGuard,
    private readonly organizations: OrganizationRepository,
    private readonly assessments: AssessmentRepository,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly snapshots: ResultSnapshotRepository,
    private readonly recommendations: RecommendationRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly customQuestionnaires: Pick<CustomQuestionnaireService, 'assessmentKeyFor'>,
    private readonly results: Pick<ResultService, 'scoreIn'>,
  ) {}

  /** A consultant's export: read access to the check-up, else NOT_FOUND like a missing id. */
  async exportFor(actor: Actor | null, assessmentId: string, locale: Locale | null, now = new Date()): Promise<CheckupExport> {
    const { assessment } = await this.access.assessment(actor, assessmentId, 'read');
    return this.exportOf(assessment, assessment.organization!, locale ?? assessment.locale, now);
  }

  /** The system's export (the command line runs as the installation, with no session). */
  async exportAsSystem(assessmentId: string, locale: Locale | null, now = new Date()): Promise<CheckupExport> {
    const assessment = await this.assessments.findById(assessmentId);
    const organization = assessment ? await this.organizations.findById(assessment.organizationId) : null;
    if (!assessment || !organization) throw new NotFoundError('There is no such check-up.');
    await this.questionnaires.ensureLoaded(assessment.questionnaireKey);
    return this.exportOf(assessment, organization, locale ?? assessment.locale, now);
  }

  private async exportOf(assessment: AssessmentEntity, organization: OrganizationEntity, locale: Locale, now: Date): Promise<CheckupExport> {
    const questionnaire = this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion);
    const [respondents, answers, snapshot, recommendations] = await Promise.all([
      this.respondents.listByAssessment(assessment.id),
      this.answers.listByAssessment(assessment.id),
      this.snapshots.findLatest(assessment.id),
      this.recommendations.listByAssessment(assessment.id),
    ]);
    const actionItems = await this.recommendations.listActionItems(recommendations.map((r) => r.id));
    const clientName = organization.name ?? titleOf(assessment);
    const document = buildCheckupDocument({
      questionnaire,
      customQuestionnaire: assessment.questionnaireKey !== questionnaire.key,
      locale,
      exportedAt: now,
      client: { name: clientName, industry: organization.industry, size: organization.size, country: organization.country },
      checkup: {
        title: titleOf(assessment),
        status: assessment.status === 'CLOSED' ? 'CLOSED' : 'OPEN',
        locale: assessment.locale,
        createdAt: assessment.createdAt,
        closedAt: assessment.closedAt,
        minGroupSize: assessment.minGroupSize,
        desiredRelationshipModel: assessment.desiredRelationshipModel,
        targets: assessment.targets,
      },
      respondents: respondents.map((r) => ({ id: r.id, role: r.role, label: r.label, locale: r.locale, submitted: r.submittedAt !== null, revoked: r.revokedAt !== null })),
      answers,
      result: snapshot && snapshot.respondentCount > 0 ? { score: snapshot.score, respondentCount: snapshot.respondentCount } : null,
      recommendations: recommendations.map((r) => ({ ...r, actionItems: actionItems.filter((item) => item.recommendationId === r.id) })),
    });
    return { document, questionnaire, clientName, exportedAt: now };
  }

  /**
   * Creates a new client and check-up in the workspace from an exported document, with its
   * respondents (fresh tokens nobody holds: imported links open nothing), answers, settings and
   * recommendations, then scores it. One transaction: a bad document changes nothing.
   */
  async import(actor: Actor | null, workspaceId: string, json: string): Promise<AssessmentEntity> {
    const grant = this.access.workspace(actor, workspaceId, 'write');
    const parsed = parseCheckupDocument(json);
    if (!parsed.ok) throw invalid(parsed.problems);
    const document = parsed.document;
    const { storedKey, questionnaire } = await this.questionnaireFor(workspaceId, document.checkup.questionnaire);
    const problems = checkupImportProblems(document, questionnaire);
    if (!document.client.name.trim()) problems.push({ path: 'client.name', message: 'give the client a name' });
    if (!document.checkup.title.trim()) problems.push({ path: 'checkup.title', message: 'give the check-up a title' });
    if (problems.length > 0) throw invalid(problems);
    const client = validateOrganizationFields({ ...document.client, notes: null });

    const organizationId = newId();
    const assessmentId = newId();
    const now = Date.now();
    const at = (offset: number) => new Date(now + offset);
    const respondentIds = document.respondents.map(() => newId());
    const recommendationIds = document.recommendations.map(() => newId());
    await this.transactions.run(async (manager) => {
      const { checkup } = document;
      await this.organizations.insert(manager, { id: organizationId, workspaceId, ...client, archivedAt: null });
      const assessment = {
        id: assessmentId, workspaceId, organizationId, questionnaireKey: storedKey, questionnaireVersion: questionnaire.version, kind: 'CONSULTANT' as const,
        status: checkup.status, title: checkup.title.trim(), locale: checkup.locale, closedAt: checkup.closedAt ? new Date(checkup.closedAt) : null,
        minGroupSize: checkup.minGroupSize, desiredRelationshipModel: checkup.desiredRelationshipModel,
        targets: checkup.targets.length > 0 ? Object.fromEntries(checkup.targets.map((t) => [t.dimensionId, t.score])) : null,
      };
      await this.assessments.insert(manager, assessment);
      // Creation times one millisecond apart keep the invitation order, so pseudonyms survive a round trip.
      await this.respondents.insertMany(manager, document.respondents.map((respondent, i) => ({
        id: respondentIds[i]!, assessmentId, role: respondent.role, locale: respondent.locale, label: respondent.label,
        tokenHash: hashToken(newToken()), submittedAt: respondent.submitted ? at(0) : null, revokedAt: respondent.revoked ? at(0) : null, createdAt: at(i - document.respondents.length),
      })));
      // Stored in the one normal form every writer uses (blank text and empty lists absent).
      await this.answers.insertMany(manager, document.respondents.flatMap((respondent, i) => respondent.answers.map(normaliseAnswer).filter(carriesSomething).map((answer) => ({
        respondentId: respondentIds[i]!, assessmentId, questionId: answer.questionId, optionId: answer.optionId ?? null,
        optionIds: answer.optionIds ?? null, text: answer.text ?? null, comment: answer.comment ?? null,
      }))));
      await this.recommendations.upsertAll(manager, document.recommendations.map((r, i) => Object.assign(new RecommendationEntity(), {
        id: recommendationIds[i]!, assessmentId, ruleId: r.ruleId, dimensionId: r.dimensionId, status: r.status, horizon: r.horizon, impact: r.impact,
        priority: r.priority, active: r.active, customTitle: r.customTitle, customBody: r.customBody, dismissReason: r.dismissReason, evidence: [],
        // Ties in priority are listed by creation: the file's order.
        createdAt: at(i - document.recommendations.length),
      })));
      await this.recommendations.insertActionItems(manager, document.recommendations.flatMap((r, i) => r.actionItems.map((item, j) => ({
        id: newId(), recommendationId: recommendationIds[i]!, title: item.title, owner: item.owner, dueDate: item.dueDate, status: item.status, createdAt: at(j),
      }))));
      await this.recommendations.insertChanges(manager, recommendationIds.map((recommendationId) => ({
        id: newId(), recommendationId, userId: grant.actor.userId, userName: grant.actor.name, field: 'imported', fromValue: null, toValue: null, changedAt: at(0),
      })));
      if (document.respondents.some((r) => r.submitted && !r.revoked)) {
        await this.results.scoreIn(manager, Object.assign({} as AssessmentEntity, assessment));
      }
    });
    return (await this.access.assessment(actor, assessmentId, 'read')).assessment;
  }

  /** The questionnaire a document names: a built-in one, or one this workspace imported. */
  private async questionnaireFor(workspaceId: string, named: CheckupDocument['checkup']['questionnaire']): Promise<{ storedKey: string; questionnaire: Questionnaire }> {
    const custom = named.key === DEFAULT_QUESTIONNAIRE_KEY ? null : await this.customQuestionnaires.assessmentKeyFor(workspaceId, named.key, named.version);
    const storedKey = custom?.key ?? named.key;
    await this.questionnaires.ensureLoaded(storedKey);
    try {
      return { storedKey, questionnaire: this.questionnaires.get(storedKey, named.version) };
    } catch {
      const hint = named.custom ? ' Import that questionnaire into this workspace first, then import the check-up.' : '';
      throw invalid([{ path: 'checkup.questionnaire', message: `questionnaire "${named.key}" version ${named.version} is not available in this workspace.${hint}` }]);
    }
  }
}

/** BAD_USER_INPUT naming where each problem is; nothing was written. */
function invalid(problems: readonly DocumentProblem[]): BadUserInputError {
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : '';
  return new BadUserInputError(`The file cannot be imported: ${shown.join('; ')}${more}. Nothing was imported.`, problems.map((p) => ({ field: p.path, message: p.message })));
}

function carriesSomething(answer: AnswerValue): boolean {
  return answer.optionId != null || answer.optionIds != null || answer.text != null || answer.comment != null;
}
