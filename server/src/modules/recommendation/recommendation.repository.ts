import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { ActionItemEntity } from './action-item.entity.js';
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

  save(manager: EntityManager, rows: RecommendationEntity[]): Promise<RecommendationEntity[]> {
    return manager.getRepository(RecommendationEntity).save(rows);
  }

  async delete(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await manager.getRepository(RecommendationEntity).delete({ id: In([...ids]) });
  }
}
