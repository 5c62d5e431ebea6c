import type { AssessmentScore } from '@omcheck/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from '../assessment/assessment.entity.js';

/** A scored state of an assessment, locale-independent; texts are localised when read. */
@Entity({ name: 'result_snapshot' })
@Index('ix_result_snapshot_assessment_created', ['assessmentId', 'createdAt'])
export class ResultSnapshotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 20 })
  scoringVersion: string;

  @Column({ type: 'varchar', length: 100 })
  questionnaireKey: string;

  @Column({ type: 'varchar', length: 20 })
  questionnaireVersion: string;

  @Column({ type: 'integer' })
  respondentCount: number;

  @Column({ type: 'json' })
  score: AssessmentScore;

  @CreateDateColumn()
  createdAt: Date;
}
