import {
  BadUserInputError, ConflictError, type FieldProblem, DEFAULT_MIN_GROUP_SIZE, DEFAULT_QUESTIONNAIRE_KEY, progressOf,
  type AssessmentStatus, type Locale, type RelationshipModel, type RespondentRole,
} from '@omcheck/shared';
import { newId } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import { type AnswerRepository, toAnswerValue } from '../answer/answer.repository.js';
import type { CustomQuestionnaireService } from '../questionnaire/custom-questionnaire.service.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { ResultService } from '../result/result.service.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import { statusOf, titleOf } from './assessment-status.js';
import type { AssessmentEntity } from './assessment.entity.js';
import type { AssessmentRepository } from './assessment.repository.js';

export interface CreateAssessmentCommand {
  organizationId: string;
  title: string;
  locale: Locale;
  questionnaireVersion: string | null;
  /** A built-in key or one the workspace imported; the built-in health check when omitted. */
  questionnaireKey?: string | null;
  desiredRelationshipModel?: RelationshipModel | null;
}

/** What a consultant sets for a team check-up (issue: team results). */
export interface AssessmentSettingsCommand {
  assessmentId: string;
  minGroupSize?: number | null;
  /** Undefined keeps it; null clears it. */
  desiredRelationshipModel?: RelationshipModel | null;
  /** Replaces all targets when given. */
  targets?: ReadonlyArray<{ dimensionId: string; score: number }> | null;
}

/** One line of a check-up table. */
export interface AssessmentSummary {
  id: string;
  title: string;
  status: AssessmentStatus;
  createdAt: Date;
  overallScore: number | null;
  maturityLevel: number | null;
  respondentCount: number;
  submittedCount: number;
}

/** A respondent as the check-up page's progress table shows them. */
export interface RespondentProgress {
  id: string;
  role: RespondentRole;
  label: string | null;
  locale: Locale;
  progress: { answered: number; total: number };
  lastActivityAt: Date | null;
  submittedAt: Date | null;
  revoked: boolean;
}

/** A consultant's check-ups of a client: create, close, reopen, follow progress. */
export class AssessmentService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly assessments: AssessmentRepository,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly access: AccessGuard,
    private readonly results: ResultService,
    private readonly customQuestionnaires: Pick<CustomQuestionnaireService, 'assessmentKeyFor'>,
  ) {}

  /**
   * Sets the minimum group size, desired relationship model and targets; all or nothing. When
   * someone has submitted, the result is re-scored so the recommendations follow the new settings.
   */
  async setSettings(actor: Actor | null, command: AssessmentSettingsCommand): Promise<AssessmentEntity> {
    const { assessment } = await this.access.assessment(actor, command.assessmentId, 'write');
    const problems: FieldProblem[] = [];
    const minGroupSize = command.minGroupSize ?? assessment.minGroupSize;
    if (!Number.isInteger(minGroupSize) || minGroupSize < 1 || minGroupSize > 50) {
      problems.push({ field: 'minGroupSize', message: 'Use a whole number from 1 to 50.' });
    }
    let targets = assessment.targets;
    if (command.targets) {
      const dimensions = new Set(this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion).dimensions.map((d) => d.id));
      targets = {};
      command.targets.forEach((target, index) => {
        if (!dimensions.has(target.dimensionId)) problems.push({ field: `targets[${index}].dimensionId`, message: `Unknown dimension "${target.dimensionId.slice(0, 100)}".` });
        else if (target.dimensionId in targets!) problems.push({ field: `targets[${index}].dimensionId`, message: 'Each dimension once.' });
        if (!Number.isFinite(target.score) || target.score < 0 || target.score > 100) problems.push({ field: `targets[${index}].score`, message: 'A score from 0 to 100.' });
        targets![target.dimensionId] = target.score;
      });
    }
    if (problems.length > 0) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join(' '), problems);
    const desiredRelationshipModel = command.desiredRelationshipModel === undefined ? assessment.desiredRelationshipModel : command.desiredRelationshipModel;
    await this.transactions.single(() => this.assessments.updateSettings(assessment.id, { minGroupSize, desiredRelationshipModel, targets }));
    const updated = (await this.access.assessment(actor, assessment.id, 'read')).assessment;
    if (await this.results.latestOf(updated)) await this.results.rescore(updated);
    return updated;
  }

  async create(actor: Actor | null, command: CreateAssessmentCommand): Promise<AssessmentEntity> {
    const { organization, workspaceId } = await this.access.organization(actor, command.organizationId, 'write');
    if (organization.archivedAt) {
      throw new ConflictError('This client is archived. Restore it before opening a new check-up.');
    }
    const title = command.title.trim();
    if (title.length === 0 || title.length > 200) {
      throw new BadUserInputError('Give the check-up a title (at most 200 characters).', [{ field: 'title', message: 'Give a title of 1–200 characters.' }]);
    }
    const questionnaire = await this.questionnaireFor(workspaceId, command.questionnaireKey ?? DEFAULT_QUESTIONNAIRE_KEY, command.questionnaireVersion);
    const id = newId();
    await this.transactions.single((manager) =>
      this.assessments.insert(manager, {
        id,
        workspaceId,
        organizationId: organization.id,
        questionnaireKey: questionnaire.storedKey,
        questionnaireVersion: questionnaire.version,
        kind: 'CONSULTANT',
        status: 'OPEN',
        title,
        locale: command.locale,
        closedAt: null,
        minGroupSize: DEFAULT_MIN_GROUP_SIZE,
        desiredRelationshipModel: command.desiredRelationshipModel ?? null,
        targets: null,
        // To the millisecond (SQLite's default is whole seconds) and by the same clock as the next
        // check-up's: a client's history is ordered by it.
        createdAt: new Date(),
      }),
    );
    return (await this.access.assessment(actor, id, 'read')).assessment;
  }

  /** A built-in questionnaire, or one the workspace imported; BAD_USER_INPUT when there is none. */
  private async questionnaireFor(workspaceId: string, key: string, version: string | null): Promise<{ storedKey: string; version: string }> {
    const custom = key === DEFAULT_QUESTIONNAIRE_KEY ? null : await this.customQuestionnaires.assessmentKeyFor(workspaceId, key, version);
    if (custom) return { storedKey: custom.key, version: custom.version };
    try {
      const builtIn = this.questionnaires.get(key, version);
      return { storedKey: builtIn.key, version: builtIn.version };
    } catch {
      const field = version ? 'questionnaireVersion' : 'questionnaireKey';
      throw new BadUserInputError(`There is no questionnaire "${key.slice(0, 100)}"${version ? ` version "${version.slice(0, 20)}"` : ''} in this workspace.`, [
        { field, message: 'Unknown questionnaire or version.' },
      ]);
    }
  }

  async get(actor: Actor | null, id: string): Promise<AssessmentEntity> {
    return (await this.access.assessment(actor, id, 'read')).assessment;
  }

  /** No more answers or submissions; idempotent. */
  async close(actor: Actor | null, id: string, now = new Date()): Promise<AssessmentEntity> {
    const { assessment } = await this.access.assessment(actor, id, 'write');
    if (assessment.status !== 'CLOSED') await this.transactions.single((m) => this.assessments.setStatus(id, 'CLOSED', now, m));
    return (await this.access.assessment(actor, id, 'read')).assessment;
  }

  /** Only the owner takes a closed check-up back into use. */
  async reopen(actor: Actor | null, id: string): Promise<AssessmentEntity> {
    const { assessment } = await this.access.assessment(actor, id, 'manage');
    if (assessment.status === 'CLOSED') await this.transactions.single((m) => this.assessments.setStatus(id, 'OPEN', null, m));
    return (await this.access.assessment(actor, id, 'read')).assessment;
  }

  /**
   * Every respondent with answered/total over the questions of their role and the time of their
   * last saved answer: two queries whatever the number of respondents.
   */
  async respondentProgress(assessment: AssessmentEntity): Promise<RespondentProgress[]> {
    const questionnaire = this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion);
    const [respondents, answers] = await Promise.all([
      this.respondents.listByAssessment(assessment.id),
      this.answers.listByAssessment(assessment.id),
    ]);
    const byRespondent = new Map<string, typeof answers>();
    for (const answer of answers) {
      const list = byRespondent.get(answer.respondentId) ?? [];
      list.push(answer);
      byRespondent.set(answer.respondentId, list);
    }
    return respondents.map((respondent) => {
      const own = byRespondent.get(respondent.id) ?? [];
      const values = new Map(own.map((row) => [row.questionId, toAnswerValue(row)]));
      const lastActivity = own.reduce<Date | null>((latest, row) => (!latest || row.updatedAt > latest ? row.updatedAt : latest), null);
      return {
        id: respondent.id,
        role: respondent.role,
        label: respondent.label,
        locale: respondent.locale,
        progress: progressOf(questionnaire, respondent.role, values),
        lastActivityAt: lastActivity,
        submittedAt: respondent.submittedAt,
        revoked: respondent.revokedAt !== null,
      };
    });
  }

  /**
   * Check-up summaries of several organisations (already access-checked), newest first, in
   * three queries however many organisations: for client tables without N+1.
   */
  async summariesByOrganization(organizationIds: readonly string[]): Promise<Map<string, AssessmentSummary[]>> {
    const assessments = await this.assessments.listByOrganizations(organizationIds);
    const ids = assessments.map((a) => a.id);
    const [counts, snapshots] = await Promise.all([this.assessments.respondentCounts(ids), this.assessments.latestSnapshots(ids)]);
    const byOrganization = new Map<string, AssessmentSummary[]>(organizationIds.map((id) => [id, []]));
    for (const assessment of assessments) {
      const score = snapshots.get(assessment.id)?.score;
      byOrganization.get(assessment.organizationId)?.push({
        id: assessment.id,
        title: titleOf(assessment),
        status: statusOf(assessment.status),
        createdAt: assessment.createdAt,
        overallScore: score?.overallScore ?? null,
        maturityLevel: score?.maturityLevel ?? null,
        respondentCount: counts.get(assessment.id)?.respondentCount ?? 0,
        submittedCount: counts.get(assessment.id)?.submittedCount ?? 0,
      });
    }
    return byOrganization;
  }
}
