import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity.js';
import { WorkspaceEntity } from '../workspace/workspace.entity.js';

export type AssessmentKind = 'SELF' | 'CONSULTANT';
export type AssessmentStatus = 'OPEN' | 'SUBMITTED' | 'CLOSED';

/**
 * One check-up of one organisation. It keeps the exact questionnaire key and version it used,
 * so its results stay reproducible after the content changes.
 */
@Entity({ name: 'assessment' })
export class AssessmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_assessment_workspace')
  @Column({ type: 'varchar', length: 36 })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Index('ix_assessment_organization')
  @Column({ type: 'varchar', length: 36 })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'varchar', length: 100 })
  questionnaireKey: string;

  @Column({ type: 'varchar', length: 20 })
  questionnaireVersion: string;

  @Column({ type: 'varchar', length: 20 })
  kind: AssessmentKind;

  @Column({ type: 'varchar', length: 20 })
  status: AssessmentStatus;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
