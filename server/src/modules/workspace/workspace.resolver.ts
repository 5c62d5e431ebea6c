import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toMembershipGql } from '../account/account.mapper.js';
import { WorkspaceMembershipGql } from '../account/account.types.js';
import { toMemberInvitationGql } from './workspace.mapper.js';
import { MemberGql, MemberInvitationGql, WorkspaceGql } from './workspace.types.js';

/** Workspaces and their members; access is decided by the guard inside the services. */
@Resolver(() => WorkspaceGql)
export class WorkspaceResolver {
  @Query(() => WorkspaceGql)
  async workspace(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WorkspaceGql> {
    return Object.assign(new WorkspaceGql(), await ctx.services.workspaces.get(await ctx.actor(), id));
  }

  @FieldResolver(() => [MemberGql])
  async members(@Ctx() ctx: RequestContext, @Root() workspace: WorkspaceGql): Promise<MemberGql[]> {
    const members = await ctx.services.workspaces.members(await ctx.actor(), workspace.id);
    return members.map((m) => Object.assign(new MemberGql(), m));
  }

  @FieldResolver(() => [MemberInvitationGql], { description: 'Open invitations; empty for members who are not owners.' })
  async memberInvitations(@Ctx() ctx: RequestContext, @Root() workspace: WorkspaceGql): Promise<MemberInvitationGql[]> {
    const open = await ctx.services.workspaces.openInvitations(await ctx.actor(), workspace.id);
    return open.map((view) => toMemberInvitationGql(view, ctx.request.origin));
  }

  @Mutation(() => WorkspaceMembershipGql, { description: 'Creates another workspace owned by the signed-in user.' })
  async createWorkspace(@Ctx() ctx: RequestContext, @Arg('name', () => String) name: string): Promise<WorkspaceMembershipGql> {
    return toMembershipGql(await ctx.services.workspaces.create(await ctx.actor(), name));
  }

  @Mutation(() => Boolean, { description: 'Owner only: removes a member at once; never the last owner.' })
  async removeMember(
    @Ctx() ctx: RequestContext,
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('userId', () => ID) userId: string,
  ): Promise<boolean> {
    await ctx.services.workspaces.removeMember(await ctx.actor(), workspaceId, userId);
    return true;
  }
}
