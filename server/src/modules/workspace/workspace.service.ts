import { BadUserInputError, NotFoundError, type WorkspaceRole } from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { MemberInvitationEntity } from './member-invitation.entity.js';
import type { MemberView, Membership, WorkspaceRepository } from './workspace.repository.js';

export interface WorkspaceView {
  id: string;
  name: string;
  role: WorkspaceRole;
}

/** An invitation as the members page shows it; `token` only right after it was made. */
export interface MemberInvitationView {
  id: string;
  role: WorkspaceRole;
  createdAt: Date;
  expiresAt: Date;
  createdByName: string | null;
  token: string | null;
}

export interface InvitationPreview {
  workspaceName: string;
  role: WorkspaceRole;
  expiresAt: Date;
}

const INVITATION_DAYS = 7;
const INVITABLE_ROLES: ReadonlySet<WorkspaceRole> = new Set(['CONSULTANT', 'VIEWER']);
const INVALID_INVITATION = 'This invitation link is no longer valid. Ask for a new one.';

function toInvitationView(row: MemberInvitationEntity, token: string | null = null): MemberInvitationView {
  return {
    id: row.id,
    role: row.role,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    createdByName: row.createdBy?.displayName ?? null,
    token,
  };
}

function checkWorkspaceName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw new BadUserInputError('Name the workspace (at most 200 characters).', [{ field: 'name', message: 'Give a name of 1–200 characters.' }]);
  }
  return trimmed;
}

/** Workspaces and their members: create, invite by one-time link, join, remove. */
export class WorkspaceService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly workspaces: WorkspaceRepository,
    private readonly access: AccessGuard,
  ) {}

  async create(actor: Actor | null, name: string): Promise<Membership> {
    const signedIn = this.access.signedIn(actor);
    const workspaceName = checkWorkspaceName(name);
    const workspaceId = newId();
    await this.transactions.run(async (manager) => {
      await this.workspaces.insertWorkspace(manager, { id: workspaceId, name: workspaceName, kind: 'CONSULTANCY' });
      await this.workspaces.insertMember(manager, { id: newId(), workspaceId, userId: signedIn.userId, role: 'OWNER' });
    });
    return { workspaceId, workspaceName, role: 'OWNER' };
  }

  async get(actor: Actor | null, workspaceId: string): Promise<WorkspaceView> {
    const grant = this.access.workspace(actor, workspaceId, 'read');
    const workspace = await this.workspaces.findWorkspace(workspaceId);
    if (!workspace) throw new NotFoundError('There is no such workspace.');
    return { id: workspace.id, name: workspace.name, role: grant.role };
  }

  /** Members are visible to every member; the list itself is the workspace's business. */
  members(actor: Actor | null, workspaceId: string): Promise<MemberView[]> {
    this.access.workspace(actor, workspaceId, 'read');
    return this.workspaces.listMembers(workspaceId);
  }

  /** Open invitations; only owners see them (the links make members). */
  async openInvitations(actor: Actor | null, workspaceId: string, now = new Date()): Promise<MemberInvitationView[]> {
    const grant = this.access.workspace(actor, workspaceId, 'read');
    if (grant.role !== 'OWNER') return [];
    return (await this.workspaces.listOpenInvitations(workspaceId, now)).map((row) => toInvitationView(row));
  }

  async invite(actor: Actor | null, workspaceId: string, role: WorkspaceRole, now = new Date()): Promise<MemberInvitationView> {
    const grant = this.access.workspace(actor, workspaceId, 'manage');
    if (!INVITABLE_ROLES.has(role)) {
      throw new BadUserInputError('Invite colleagues as CONSULTANT or VIEWER.', [{ field: 'role', message: 'Choose CONSULTANT or VIEWER.' }]);
    }
    const token = newToken();
    const row = await this.workspaces.insertInvitation({
      id: newId(),
      workspaceId,
      role,
      tokenHash: hashToken(token),
      createdByUserId: grant.actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      acceptedAt: null,
      acceptedByUserId: null,
      revokedAt: null,
    });
    return { ...toInvitationView(row, token), createdByName: grant.actor.name };
  }

  async revokeInvitation(actor: Actor | null, id: string, now = new Date()): Promise<MemberInvitationView> {
    const { invitation } = await this.access.memberInvitation(actor, id, 'manage');
    await this.workspaces.revokeInvitation(id, now);
    return toInvitationView(invitation);
  }

  /** What a join link offers, before signing in; NOT_FOUND when used, revoked or expired. */
  async preview(token: string, now = new Date()): Promise<InvitationPreview> {
    const invitation = token.length <= 200 ? await this.workspaces.findUsableInvitation(hashToken(token), now) : null;
    if (!invitation?.workspace) throw new NotFoundError(INVALID_INVITATION);
    return { workspaceName: invitation.workspace.name, role: invitation.role, expiresAt: invitation.expiresAt };
  }

  /** Joins the invitation's workspace; a member already there keeps their role. One use only. */
  async accept(actor: Actor | null, token: string, now = new Date()): Promise<Membership> {
    const signedIn = this.access.signedIn(actor);
    return this.transactions.run(async (manager) => {
      const invitation = token.length <= 200 ? await this.workspaces.findUsableInvitation(hashToken(token), now, manager) : null;
      if (!invitation?.workspace || !(await this.workspaces.markAccepted(manager, invitation.id, signedIn.userId, now))) {
        throw new NotFoundError(INVALID_INVITATION);
      }
      const existing = await this.workspaces.findMember(invitation.workspaceId, signedIn.userId, manager);
      if (existing) return { workspaceId: invitation.workspaceId, workspaceName: invitation.workspace.name, role: existing.role };
      await this.workspaces.insertMember(manager, { id: newId(), workspaceId: invitation.workspaceId, userId: signedIn.userId, role: invitation.role });
      return { workspaceId: invitation.workspaceId, workspaceName: invitation.workspace.name, role: invitation.role };
    });
  }

  /** Removes a member at once (their next request no longer sees the workspace); never the last owner. */
  async removeMember(actor: Actor | null, workspaceId: string, userId: string): Promise<void> {
    this.access.workspace(actor, workspaceId, 'manage');
    await this.transactions.run(async (manager) => {
      const member = await this.workspaces.findMember(workspaceId, userId, manager);
      if (!member) throw new NotFoundError('There is no such member.');
      if (member.role === 'OWNER' && (await this.workspaces.countOwners(workspaceId, manager)) <= 1) {
        throw new BadUserInputError('A workspace needs an owner: the last owner cannot be removed.', [
          { field: 'userId', message: 'This is the last owner.' },
        ]);
      }
      await this.workspaces.deleteMember(manager, workspaceId, userId);
    });
  }
}
