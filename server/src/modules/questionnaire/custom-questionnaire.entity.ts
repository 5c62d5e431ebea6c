import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { WorkspaceEntity } from '../workspace/workspace.entity.js';

/**
 * A questionnaire a consultant imported into their workspace, validated by the same schema as
 * the built-in ones and immutable once imported; usable for that workspace's check-ups only.
 */
@Entity({ name: 'custom_questionnaire' })
@Index('uq_custom_questionnaire_version', ['workspaceId', 'key', 'version'], { unique: true })
export class CustomQuestionnaireEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'varchar', length: 20 })
  version: string;

  /** The English title, for lists. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The JSON as imported (validated again when read). */
  @Column({ type: 'json' })
  definition: Record<string, unknown>;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
