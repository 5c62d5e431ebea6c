import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity.js';

/**
 * One dimension score of a client's latest scored check-up (the twin of
 * `organization_latest_result`). Benchmarks and the distribution read a workspace's scores of
 * one dimension in order straight from the (workspace, dimension, score) index.
 */
@Entity({ name: 'organization_latest_dimension_score' })
@Index('ix_latest_dimension_workspace_score', ['workspaceId', 'dimensionId', 'score', 'organizationId'])
export class OrganizationLatestDimensionScoreEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  organizationId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  dimensionId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'varchar', length: 36 })
  workspaceId: string;

  /** 0–100; null when the dimension had insufficient data. */
  @Column({ type: 'double precision', nullable: true })
  score: number | null;
}
