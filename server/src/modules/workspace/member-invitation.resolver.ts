import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toMembershipGql } from '../account/account.mapper.js';
import { WorkspaceMembershipGql } from '../account/account.types.js';
import { toMemberInvitationGql } from './workspace.mapper.js';
import { InviteMemberInput, MemberInvitationGql, MemberInvitationPreviewGql } from './workspace.types.js';

/** One-time links that add colleagues to a workspace. */
@Resolver(() => MemberInvitationGql)
export class MemberInvitationResolver {
  @Mutation(() => MemberInvitationGql, { description: 'Owner only: a one-time link (valid 7 days) that adds a colleague.' })
  async inviteMember(@Ctx() ctx: RequestContext, @Arg('input', () => InviteMemberInput) input: InviteMemberInput): Promise<MemberInvitationGql> {
    const view = await ctx.services.workspaces.invite(await ctx.actor(), input.workspaceId, input.role);
    return toMemberInvitationGql(view, ctx.request.origin);
  }

  @Mutation(() => MemberInvitationGql, { description: 'Owner only: the link stops working.' })
  async revokeMemberInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<MemberInvitationGql> {
    return toMemberInvitationGql(await ctx.services.workspaces.revokeInvitation(await ctx.actor(), id), ctx.request.origin);
  }

  @Query(() => MemberInvitationPreviewGql, { description: 'What a join link offers; NOT_FOUND when used, revoked or expired.' })
  async memberInvitation(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<MemberInvitationPreviewGql> {
    return Object.assign(new MemberInvitationPreviewGql(), await ctx.services.workspaces.preview(token));
  }

  @Mutation(() => WorkspaceMembershipGql, { description: 'Joins the workspace of a member invitation (signed in).' })
  async acceptMemberInvitation(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<WorkspaceMembershipGql> {
    return toMembershipGql(await ctx.services.workspaces.accept(await ctx.actor(), token));
  }
}
