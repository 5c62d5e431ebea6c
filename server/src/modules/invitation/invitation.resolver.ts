import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import type { LocaleGql, RespondentRoleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { toInvitationGql } from './invitation.mapper.js';
import { InvitationGql, InviteRespondentInput, InviteRespondentsInput } from './invitation.types.js';

/** Respondent invitations of a check-up. */
@Resolver(() => InvitationGql)
export class InvitationResolver {
  @Mutation(() => InvitationGql, { description: 'One private link for one person of a role; the link is shown only now.' })
  async inviteRespondent(@Ctx() ctx: RequestContext, @Arg('input', () => InviteRespondentInput) input: InviteRespondentInput): Promise<InvitationGql> {
    const [made] = await this.invite(ctx, input.assessmentId, input.role, input.locale ?? null, [input.label ?? null]);
    return made!;
  }

  @Mutation(() => [InvitationGql], { description: 'Several private links of one role at once.' })
  inviteRespondents(@Ctx() ctx: RequestContext, @Arg('input', () => InviteRespondentsInput) input: InviteRespondentsInput): Promise<InvitationGql[]> {
    return this.invite(ctx, input.assessmentId, input.role, input.locale ?? null, input.labels);
  }

  @Mutation(() => InvitationGql, { description: 'The link stops working at once; its answers no longer count.' })
  async revokeInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<InvitationGql> {
    return toInvitationGql(await ctx.services.invitations.revoke(await ctx.actor(), id), ctx.request.origin);
  }

  private async invite(
    ctx: RequestContext, assessmentId: string, role: RespondentRoleGql, locale: LocaleGql | null, labels: readonly (string | null)[],
  ): Promise<InvitationGql[]> {
    const made = await ctx.services.invitations.invite(await ctx.actor(), { assessmentId, role, locale: locale ? toLocale(locale) : null, labels });
    return made.map((view) => toInvitationGql(view, ctx.request.origin));
  }
}
