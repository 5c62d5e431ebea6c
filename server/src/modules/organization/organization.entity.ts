import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { WorkspaceEntity } from '../workspace/workspace.entity.js';

/** The company being checked (a consultant's client, or a self-assessing business). */
@Entity({ name: 'organization' })
// The portfolio's default order pages through this index (keyset on name, id).
@Index('ix_organization_workspace_name', ['workspaceId', 'name', 'id'])
export class OrganizationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_organization_workspace')
  @Column({ type: 'varchar', length: 36 })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  industry: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  size: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  country: string | null;

  /** The consultant's own notes; never shown to respondents. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Archived clients leave the default list but keep all their check-ups. */
  @Column({ type: Date, nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
