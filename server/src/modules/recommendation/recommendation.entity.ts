import type { Evidence, Horizon, RecommendationStatus } from '@omcheck/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from '../assessment/assessment.entity.js';


/**
 * A stored recommendation. Rule-made ones have a `ruleId` and are refreshed on re-scoring;
 * hand-written ones have none. A consultant's edits (`customTitle`, `customBody`, `status`)
 * survive re-scoring; `active` is false when the rule no longer fires but the row was kept.
 */
@Entity({ name: 'recommendation' })
@Index('uq_recommendation_assessment_rule', ['assessmentId', 'ruleId'], { unique: true })
export class RecommendationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'varchar', length: 100, nullable: true })
  ruleId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  dimensionId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: RecommendationStatus;

  @Column({ type: 'varchar', length: 20 })
  horizon: Horizon;

  @Column({ type: 'integer' })
  impact: number;

  @Column({ type: 'double precision' })
  priority: number;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'text', nullable: true })
  customTitle: string | null;

  @Column({ type: 'text', nullable: true })
  customBody: string | null;

  /** Why a consultant dismissed it (required for DISMISSED). */
  @Column({ type: 'text', nullable: true })
  dismissReason: string | null;

  @Column({ type: 'json' })
  evidence: Evidence[];

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
