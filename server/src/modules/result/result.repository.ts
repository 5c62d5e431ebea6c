import type { DimensionScore } from '@omcheck/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { ResultDimensionScoreEntity } from './dimension-score.entity.js';
import { ResultSnapshotEntity } from './result-snapshot.entity.js';

export class ResultSnapshotRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest snapshot of an assessment, if it was ever scored. */
  findLatest(assessmentId: string, manager: EntityManager = this.dataSource.manager): Promise<ResultSnapshotEntity | null> {
    return manager.getRepository(ResultSnapshotEntity).findOne({
      where: { assessmentId },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  save(manager: EntityManager, snapshot: ResultSnapshotEntity): Promise<ResultSnapshotEntity> {
    return manager.getRepository(ResultSnapshotEntity).save(snapshot);
  }

  /** One row per dimension beside the snapshot, in one statement, for queries across check-ups. */
  async saveDimensionScores(manager: EntityManager, snapshot: ResultSnapshotEntity, dimensions: readonly DimensionScore[]): Promise<void> {
    if (dimensions.length === 0) return;
    await manager.getRepository(ResultDimensionScoreEntity).insert(
      dimensions.map((d) => ({ snapshotId: snapshot.id, assessmentId: snapshot.assessmentId, dimensionId: d.dimensionId, score: d.score, coverage: d.coverage })),
    );
  }
}
