import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
import { RecommendationChangeEntity } from './recommendation-change.entity.js';
import { RecommendationEntity } from './recommendation.entity.js';

export class RecommendationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** An assessment's recommendations, highest priority first. */
  listByAssessment(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<RecommendationEntity[]> {
    return manager.getRepository(RecommendationEntity).find({
      where: { assessmentId },
      order: { priority: 'DESC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The recommendation (with its assessment) if the assessment belongs to one of `workspaceIds`. */
  findIn(id: string, workspaceIds: readonly string[]): Promise<RecommendationEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.dataSource.manager
      .getRepository(RecommendationEntity)
      .createQueryBuilder('recommendation')
      .innerJoinAndSelect('recommendation.assessment', 'assessment')
      .where('recommendation.id = :id', { id })
      .andWhere('assessment.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .getOne();
  }

  /** With its assessment, to render it in the check-up's questionnaire and language. */
  findById(id: string): Promise<RecommendationEntity | null> {
    return this.dataSource.manager.getRepository(RecommendationEntity).findOne({ where: { id }, relations: { assessment: true } });
  }

  /** Ids (of those given) that have at least one action item. */
  async withActionItems(manager: EntityManager, recommendationIds: readonly string[]): Promise<Set<string>> {
    if (recommendationIds.length === 0) return new Set();
    const rows = await manager
      .getRepository(ActionItemEntity)
      .createQueryBuilder('item')
      .select('DISTINCT item.recommendationId', 'id')
      .where({ recommendationId: In([...recommendationIds]) })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Inserts new rows and updates existing ones in ONE statement (`INSERT … ON CONFLICT (id) DO
   * UPDATE`), however many recommendations there are: bounded writes when scoring.
   */
  async upsertAll(manager: EntityManager, rows: readonly RecommendationEntity[]): Promise<void> {
    if (rows.length === 0) return;
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(RecommendationEntity)
      .values(rows.map((row) => ({
        id: row.id, assessmentId: row.assessmentId, ruleId: row.ruleId, dimensionId: row.dimensionId, status: row.status, horizon: row.horizon,
        impact: row.impact, priority: row.priority, active: row.active, customTitle: row.customTitle, customBody: row.customBody,
        // An update keeps the stored created_at; a new row may bring its own (an import keeps the order of ties).
        dismissReason: row.dismissReason ?? null, evidence: row.evidence, createdAt: row.createdAt ?? now, updatedAt: now,
      })))
      .orUpdate(['dimension_id', 'status', 'horizon', 'impact', 'priority', 'active', 'custom_title', 'custom_body', 'dismiss_reason', 'evidence', 'updated_at'], ['id'])
      .execute();
  }

  async update(manager: EntityManager, id: string, changes: Partial<Pick<RecommendationEntity, 'customTitle' | 'customBody' | 'status' | 'dismissReason'>>): Promise<void> {
    await manager.getRepository(RecommendationEntity).update({ id }, changes);
  }

  async insert(manager: EntityManager, row: Omit<RecommendationEntity, 'createdAt' | 'updatedAt' | 'assessment'>): Promise<void> {
    await manager.getRepository(RecommendationEntity).insert(row);
  }

  async delete(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await manager.getRepository(RecommendationEntity).delete({ id: In([...ids]) });
  }

  /** Action items of several recommendations, oldest first, in one query. */
  listActionItems(recommendationIds: readonly string[]): Promise<ActionItemEntity[]> {
    if (recommendationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.getRepository(ActionItemEntity).find({
      where: { recommendationId: In([...recommendationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The action item (with its recommendation and assessment) if it belongs to one of `workspaceIds`. */
  findActionItemIn(id: string, workspaceIds: readonly string[]): Promise<ActionItemEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.dataSource.manager
      .getRepository(ActionItemEntity)
      .createQueryBuilder('item')
      .innerJoinAndSelect('item.recommendation', 'recommendation')
      .innerJoinAndSelect('recommendation.assessment', 'assessment')
      .where('item.id = :id', { id })
      .andWhere('assessment.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .getOne();
  }

  async insertActionItem(manager: EntityManager, item: Omit<ActionItemEntity, 'createdAt' | 'updatedAt' | 'recommendation'>): Promise<void> {
    await manager.getRepository(ActionItemEntity).insert(item);
  }

  /** Several action items (an imported plan) in one statement. */
  async insertActionItems(manager: EntityManager, items: ReadonlyArray<Omit<ActionItemEntity, 'createdAt' | 'updatedAt' | 'recommendation'> & { createdAt?: Date }>): Promise<void> {
    if (items.length > 0) await manager.getRepository(ActionItemEntity).insert([...items]);
  }

  async updateActionItem(manager: EntityManager, id: string, changes: Partial<Pick<ActionItemEntity, 'title' | 'owner' | 'dueDate' | 'status'>>): Promise<void> {
    await manager.getRepository(ActionItemEntity).update({ id }, changes);
  }

  findActionItem(id: string): Promise<ActionItemEntity | null> {
    return this.dataSource.manager.getRepository(ActionItemEntity).findOneBy({ id });
  }

  async insertChanges(manager: EntityManager, changes: ReadonlyArray<Omit<RecommendationChangeEntity, 'changedAt' | 'recommendation'> & { changedAt: Date }>): Promise<void> {
    if (changes.length > 0) await manager.getRepository(RecommendationChangeEntity).insert([...changes]);
  }

  /** The history of several recommendations, newest first, in one query. */
  listChanges(recommendationIds: readonly string[]): Promise<RecommendationChangeEntity[]> {
    if (recommendationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.getRepository(RecommendationChangeEntity).find({
      where: { recommendationId: In([...recommendationIds]) },
      order: { changedAt: 'DESC', id: 'ASC' },
    });
  }
}
