import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { RequestContext } from '../../graphql/context.type.js';
import { AssessmentGql } from '../assessment/assessment.types.js';
import type { ShareLinkView } from './share-link.service.js';
import { ShareLinkGql } from './share-link.types.js';

function toShareLinkGql(view: ShareLinkView, origin: string): ShareLinkGql {
  return Object.assign(new ShareLinkGql(), { ...view, url: view.token ? `${origin}/s/${view.token}` : null });
}

/** Share links of a check-up's report (issue 9). */
@Resolver(() => AssessmentGql)
export class ShareLinkResolver {
  @Mutation(() => ShareLinkGql, { description: 'A read-only link to the report; the token and url are shown only now.' })
  async createShareLink(
    @Ctx() ctx: RequestContext,
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('expiresAt', () => GraphQLDateTimeISO, { nullable: true }) expiresAt: Date | null,
  ): Promise<ShareLinkGql> {
    return toShareLinkGql(await ctx.services.shareLinks.create(await ctx.actor(), assessmentId, expiresAt ?? null), ctx.request.origin);
  }

  @Mutation(() => ShareLinkGql, { description: 'The link stops working at once.' })
  async revokeShareLink(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ShareLinkGql> {
    return toShareLinkGql(await ctx.services.shareLinks.revoke(await ctx.actor(), id), ctx.request.origin);
  }

  @FieldResolver(() => [ShareLinkGql], { description: 'Share links of this check-up, newest first.' })
  async shareLinks(@Ctx() ctx: RequestContext, @Root() assessment: AssessmentGql): Promise<ShareLinkGql[]> {
    return (await ctx.services.shareLinks.list(await ctx.actor(), assessment.id)).map((view) => toShareLinkGql(view, ctx.request.origin));
  }
}
