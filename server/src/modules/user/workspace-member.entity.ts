import type { WorkspaceRole } from '@omcheck/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { WorkspaceEntity } from '../workspace/workspace.entity.js';
import { UserEntity } from './user.entity.js';


/** Membership is what every consultant query is checked against: no cross-tenant access. */
@Entity({ name: 'workspace_member' })
@Index('uq_workspace_member', ['workspaceId', 'userId'], { unique: true })
export class WorkspaceMemberEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  workspaceId: string;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id' })
  workspace?: Relation<WorkspaceEntity>;

  @Index('ix_workspace_member_user')
  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 20 })
  role: WorkspaceRole;

  @CreateDateColumn()
  createdAt: Date;
}
