import type { Locale, RelationshipModel } from '@omcheck/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity.js';
import { WorkspaceEntity } from '../workspace/workspace.entity.js';

export type AssessmentKind = 'SELF' | 'CONSULTANT';
/** SUBMITTED is what self-assessments stored before check-ups could be closed; it reads as OPEN. */
export type StoredAssessmentStatus = 'OPEN' | 'SUBMITTED' | 'CLOSED';

/**
 * One check-up of one organisation. It keeps the exact questionnaire key and version it used,
 * so its results stay reproducible after the content changes.
 */
@Entity({ name: 'assessment' })
// A client's newest check-up and its count (portfolio, last activity) without reading the rows.
@Index('ix_assessment_organization_created', ['organizationId', 'createdAt'])
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
  status: StoredAssessmentStatus;

  /** A consultant's name for the check-up; null for self-assessments. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  /** The default language of its invitations. */
  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale: Locale;

  @Column({ type: Date, nullable: true })
  closedAt: Date | null;

  /** Role groups smaller than this are not shown on their own (minimum-n anonymity). */
  @Column({ type: 'integer', default: 3 })
  minGroupSize: number;

  /** The relationship the company wants with its main provider; null when not asked. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  desiredRelationshipModel: RelationshipModel | null;

  /** dimension id → target score 0–100 set by the consultant. */
  @Column({ type: 'json', nullable: true })
  targets: Record<string, number> | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
