import type { DataSource, EntityManager } from 'typeorm';
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
}
