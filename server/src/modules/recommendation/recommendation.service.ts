import type { FieldProblem, Horizon, RecommendationStatus } from '@omcheck/shared';
import { newId } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { ActionItemEntity, ActionItemStatus } from './action-item.entity.js';
import type { RecommendationChangeEntity } from './recommendation-change.entity.js';
import type { RecommendationEntity } from './recommendation.entity.js';
import { cleanDueDate, cleanText, throwIfProblems } from './recommendation-input.js';
import type { RecommendationRepository } from './recommendation.repository.js';

export interface UpdateRecommendationCommand {
  id: string;
  /** Undefined leaves a field as it is; null (or blank) returns to the rule's own text. */
  title?: string | null;
  body?: string | null;
  status?: RecommendationStatus | null;
  dismissReason?: string | null;
}

export interface AddRecommendationCommand {
  assessmentId: string;
  dimensionId: string | null;
  title: string;
  body: string | null;
  horizon: Horizon;
}

export interface ActionItemCommand {
  title?: string | null;
  owner?: string | null;
  dueDate?: string | null;
  status?: ActionItemStatus | null;
}

/** A hand-written recommendation sits mid-list until the consultant orders the plan otherwise. */
const HAND_WRITTEN_PRIORITY = 50;

type Change = Pick<RecommendationChangeEntity, 'field' | 'fromValue' | 'toValue'>;

/** Recommendations the consultant owns: edit, decide, write their own, plan actions; with history. */
export class RecommendationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly recommendations: RecommendationRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly access: AccessGuard,
  ) {}

  async update(actor: Actor | null, command: UpdateRecommendationCommand): Promise<RecommendationEntity> {
    const { recommendation: row, actor: editor } = await this.access.recommendation(actor, command.id, 'write');
    const problems: FieldProblem[] = [];
    const changes: Partial<RecommendationEntity> = {};
    if (command.title !== undefined) changes.customTitle = cleanText(command.title, 'title', 500, problems);
    if (command.body !== undefined) changes.customBody = cleanText(command.body, 'body', 10_000, problems);
    if (command.status) {
      changes.status = command.status;
      const reason = cleanText(command.dismissReason, 'dismissReason', 2000, problems) ?? (command.status === 'DISMISSED' ? row.dismissReason : null);
      if (command.status === 'DISMISSED' && !reason) problems.push({ field: 'dismissReason', message: 'Say why it is dismissed.' });
      changes.dismissReason = command.status === 'DISMISSED' ? reason : null;
    }
    throwIfProblems(problems);
    const history: Change[] = (['customTitle', 'customBody', 'status', 'dismissReason'] as const)
      .filter((field) => field in changes && (changes[field] ?? null) !== (row[field] ?? null))
      .map((field) => ({ field: field.replace(/^custom/, '').toLowerCase(), fromValue: row[field] ?? null, toValue: changes[field] ?? null }));
    if (history.length > 0) {
      await this.transactions.run(async (manager) => {
        await this.recommendations.update(manager, row.id, changes);
        await this.recommendations.insertChanges(manager, this.changeRows(editor, row.id, history));
      });
    }
    return (await this.recommendations.findById(row.id))!;
  }

  async add(actor: Actor | null, command: AddRecommendationCommand): Promise<RecommendationEntity> {
    const { assessment, actor: editor } = await this.access.assessment(actor, command.assessmentId, 'write');
    const problems: FieldProblem[] = [];
    const title = cleanText(command.title, 'title', 500, problems);
    const body = cleanText(command.body, 'body', 10_000, problems);
    if (!title) problems.push({ field: 'title', message: 'Give the recommendation a title.' });
    const questionnaire = this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion);
    if (command.dimensionId && !questionnaire.dimensions.some((d) => d.id === command.dimensionId)) {
      problems.push({ field: 'dimensionId', message: `Unknown dimension "${command.dimensionId.slice(0, 100)}".` });
    }
    throwIfProblems(problems);
    const id = newId();
    await this.transactions.run(async (manager) => {
      await this.recommendations.insert(manager, {
        id, assessmentId: assessment.id, ruleId: null, dimensionId: command.dimensionId, status: 'PROPOSED', horizon: command.horizon,
        impact: 3, priority: HAND_WRITTEN_PRIORITY, active: true, customTitle: title, customBody: body, dismissReason: null, evidence: [],
      });
      await this.recommendations.insertChanges(manager, this.changeRows(editor, id, [{ field: 'created', fromValue: null, toValue: title }]));
    });
    return (await this.recommendations.findById(id))!;
  }

  async addActionItem(actor: Actor | null, recommendationId: string, command: ActionItemCommand): Promise<ActionItemEntity> {
    const { recommendation, actor: editor } = await this.access.recommendation(actor, recommendationId, 'write');
    const problems: FieldProblem[] = [];
    const title = cleanText(command.title, 'title', 500, problems);
    if (!title) problems.push({ field: 'title', message: 'Say what is to be done.' });
    const owner = cleanText(command.owner, 'owner', 200, problems);
    const dueDate = cleanDueDate(command.dueDate, problems);
    throwIfProblems(problems);
    const id = newId();
    await this.transactions.run(async (manager) => {
      await this.recommendations.insertActionItem(manager, { id, recommendationId: recommendation.id, title: title!, owner, dueDate, status: 'OPEN' });
      await this.recommendations.insertChanges(manager, this.changeRows(editor, recommendation.id, [{ field: 'actionItem', fromValue: null, toValue: title }]));
    });
    return (await this.recommendations.findActionItem(id))!;
  }

  async updateActionItem(actor: Actor | null, id: string, command: ActionItemCommand): Promise<ActionItemEntity> {
    const { actionItem: item, actor: editor } = await this.access.actionItem(actor, id, 'write');
    const problems: FieldProblem[] = [];
    const changes: Partial<ActionItemEntity> = {};
    if (command.title !== undefined) {
      changes.title = cleanText(command.title, 'title', 500, problems) ?? '';
      if (!changes.title) problems.push({ field: 'title', message: 'Say what is to be done.' });
    }
    if (command.owner !== undefined) changes.owner = cleanText(command.owner, 'owner', 200, problems);
    if (command.dueDate !== undefined) changes.dueDate = cleanDueDate(command.dueDate, problems);
    if (command.status) changes.status = command.status;
    throwIfProblems(problems);
    const history = (['title', 'owner', 'dueDate', 'status'] as const)
      .filter((field) => field in changes && (changes[field] ?? null) !== (item[field] ?? null))
      .map((field) => ({ field: `actionItem.${field}`, fromValue: item[field] ?? null, toValue: changes[field] ?? null }));
    if (history.length > 0) {
      await this.transactions.run(async (manager) => {
        await this.recommendations.updateActionItem(manager, id, changes);
        await this.recommendations.insertChanges(manager, this.changeRows(editor, item.recommendationId, history));
      });
    }
    return (await this.recommendations.findActionItem(id))!;
  }

  /** Action items of recommendations the caller reached through a checked door. */
  actionItemsOf(recommendationIds: readonly string[]): Promise<ActionItemEntity[]> {
    return this.recommendations.listActionItems(recommendationIds);
  }

  /** History of recommendations the caller reached through a checked door. */
  historyOf(recommendationIds: readonly string[]): Promise<RecommendationChangeEntity[]> {
    return this.recommendations.listChanges(recommendationIds);
  }

  private changeRows(editor: Actor, recommendationId: string, changes: readonly Change[]) {
    const at = new Date();
    return changes.map((change) => ({ id: newId(), recommendationId, userId: editor.userId, userName: editor.name, changedAt: at, ...change }));
  }
}
