import type { WorkspaceRole } from '@omcheck/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { WorkspaceEntity } from './workspace.entity.js';

/** A one-time link that makes whoever opens it (signed in) a member with `role`. */
@Entity({ name: 'member_invitation' })
export class MemberInvitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_member_invitation_workspace')
  @Column({ type: 'varchar', length: 36 })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Column({ type: 'varchar', length: 20 })
  role: WorkspaceRole;

  @Index('uq_member_invitation_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdByUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: Relation<UserEntity>;

  @Column({ type: Date })
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  acceptedByUserId: string | null;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
