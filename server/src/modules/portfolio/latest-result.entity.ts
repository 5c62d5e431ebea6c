import type { RelationshipModel } from '@omcheck/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import { OrganizationEntity } from '../organization/organization.entity.js';

/**
 * A client's latest scored check-up in one row, beside the snapshots: the portfolio sorts,
 * filters and pages over these instead of over every snapshot's JSON. Written in the same
 * transaction as each snapshot of a consultant workspace's check-up (never for self-assessments);
 * a client without a scored check-up has no row.
 */
@Entity({ name: 'organization_latest_result' })
@Index('ix_latest_result_workspace_overall', ['workspaceId', 'overallScore'])
@Index('ix_latest_result_workspace_level', ['workspaceId', 'maturityLevel'])
@Index('ix_latest_result_workspace_change', ['workspaceId', 'change'])
export class OrganizationLatestResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'varchar', length: 36 })
  workspaceId: string;

  @Column({ type: 'varchar', length: 36 })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'double precision', nullable: true })
  overallScore: number | null;

  @Column({ type: 'integer', nullable: true })
  maturityLevel: number | null;

  @Column({ type: 'double precision', nullable: true })
  holismIndex: number | null;

  @Column({ type: 'integer', nullable: true })
  customerFocusStage: number | null;

  /** Classified from the answers when scored; null for rows backfilled by the migration. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  relationshipModel: RelationshipModel | null;

  @Column({ type: Date })
  scoredAt: Date;

  /** The scored check-up before the latest one, if any. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  previousAssessmentId: string | null;

  @Column({ type: 'double precision', nullable: true })
  previousOverallScore: number | null;

  /** overallScore − previousOverallScore; null when either is missing. */
  @Column({ type: 'double precision', nullable: true })
  change: number | null;
}
