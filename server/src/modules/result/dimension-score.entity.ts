import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ResultSnapshotEntity } from './result-snapshot.entity.js';

/**
 * One dimension's score of one result snapshot, as a row beside the snapshot's JSON: portfolio
 * and benchmark queries filter and aggregate these in SQL.
 */
@Entity({ name: 'result_dimension_score' })
@Index('ix_result_dimension_score_assessment', ['assessmentId', 'dimensionId'])
export class ResultDimensionScoreEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  snapshotId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  dimensionId: string;

  @ManyToOne(() => ResultSnapshotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'snapshot_id' })
  snapshot?: Relation<ResultSnapshotEntity>;

  @Column({ type: 'varchar', length: 36 })
  assessmentId: string;

  /** 0–100; null when the dimension had insufficient data. */
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ type: 'double precision' })
  coverage: number;
}
