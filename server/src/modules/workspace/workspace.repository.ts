import type { WorkspaceRole } from '@omcheck/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { IsNull, MoreThan } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { WorkspaceMemberEntity } from '../user/workspace-member.entity.js';
import { MemberInvitationEntity } from './member-invitation.entity.js';
import { WorkspaceEntity } from './workspace.entity.js';

/** A workspace the user belongs to, with their role there. */
export interface Membership {
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
}

/** A member as the members page lists them. */
export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: Date;
}

/** Workspaces, their members and the one-time links that add members. */
export class WorkspaceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertWorkspace(manager: EntityManager, workspace: Pick<WorkspaceEntity, 'id' | 'name' | 'kind'>): Promise<void> {
    await manager.getRepository(WorkspaceEntity).insert(workspace);
  }

  findWorkspace(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkspaceEntity | null> {
    return manager.getRepository(WorkspaceEntity).findOneBy({ id });
  }

  async insertMember(manager: EntityManager, member: Pick<WorkspaceMemberEntity, 'id' | 'workspaceId' | 'userId' | 'role'>): Promise<void> {
    await manager.getRepository(WorkspaceMemberEntity).insert(member);
  }

  /** Every workspace of a user, by name. */
  async membershipsOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Membership[]> {
    const rows = await manager
      .getRepository(WorkspaceMemberEntity)
      .createQueryBuilder('member')
      .innerJoin(WorkspaceEntity, 'workspace', 'workspace.id = member.workspaceId')
      .select(['member.workspaceId AS "workspaceId"', 'workspace.name AS "workspaceName"', 'member.role AS "role"'])
      .where('member.userId = :userId', { userId })
      .orderBy('workspace.name', 'ASC')
      .addOrderBy('member.workspaceId', 'ASC')
      .getRawMany<Membership>();
    return rows;
  }

  findMember(workspaceId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<WorkspaceMemberEntity | null> {
    return manager.getRepository(WorkspaceMemberEntity).findOneBy({ workspaceId, userId });
  }

  async listMembers(workspaceId: string): Promise<MemberView[]> {
    const rows = await this.dataSource.manager
      .getRepository(WorkspaceMemberEntity)
      .createQueryBuilder('member')
      .innerJoin(UserEntity, 'user', 'user.id = member.userId')
      .select([
        'member.userId AS "userId"', 'user.displayName AS "name"', 'user.email AS "email"',
        'member.role AS "role"', 'member.createdAt AS "joinedAt"',
      ])
      .where('member.workspaceId = :workspaceId', { workspaceId })
      .orderBy('user.displayName', 'ASC')
      .getRawMany<Omit<MemberView, 'joinedAt'> & { joinedAt: Date | string }>();
    return rows.map((row) => ({ ...row, joinedAt: new Date(row.joinedAt) }));
  }

  countOwners(workspaceId: string, manager: EntityManager): Promise<number> {
    return manager.getRepository(WorkspaceMemberEntity).countBy({ workspaceId, role: 'OWNER' });
  }

  async deleteMember(manager: EntityManager, workspaceId: string, userId: string): Promise<void> {
    await manager.getRepository(WorkspaceMemberEntity).delete({ workspaceId, userId });
  }

  async insertInvitation(invitation: Omit<MemberInvitationEntity, 'createdAt' | 'workspace' | 'createdBy'>): Promise<MemberInvitationEntity> {
    const repository = this.dataSource.manager.getRepository(MemberInvitationEntity);
    await repository.insert(invitation);
    return repository.findOneByOrFail({ id: invitation.id });
  }

  /** An invitation of one of the given workspaces (scoped: other workspaces' ids find nothing). */
  findInvitationIn(id: string, workspaceIds: readonly string[]): Promise<MemberInvitationEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.dataSource.manager
      .getRepository(MemberInvitationEntity)
      .createQueryBuilder('invitation')
      .where('invitation.id = :id', { id })
      .andWhere('invitation.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .getOne();
  }

  /** An invitation that can still be accepted: not used, not revoked, not expired. */
  findUsableInvitation(tokenHash: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<MemberInvitationEntity | null> {
    return manager.getRepository(MemberInvitationEntity).findOne({
      where: { tokenHash, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) },
      relations: { workspace: true },
    });
  }

  /** Open invitations of a workspace with the inviter's name, newest first. */
  listOpenInvitations(workspaceId: string, now: Date): Promise<MemberInvitationEntity[]> {
    return this.dataSource.manager.getRepository(MemberInvitationEntity).find({
      where: { workspaceId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(now) },
      relations: { createdBy: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** Marks an invitation used; false when someone else used it first. */
  async markAccepted(manager: EntityManager, id: string, userId: string, now: Date): Promise<boolean> {
    const result = await manager
      .getRepository(MemberInvitationEntity)
      .update({ id, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: now, acceptedByUserId: userId });
    return (result.affected ?? 0) === 1;
  }

  async revokeInvitation(id: string, now: Date): Promise<void> {
    await this.dataSource.manager.getRepository(MemberInvitationEntity).update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }
}
