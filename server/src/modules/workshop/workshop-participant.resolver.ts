import { Arg, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql, RespondentRoleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { RateLimitByAddress, countAgainstLimit, countAgainstLimitFor } from '../../graphql/rate-limit.middleware.js';
import { hashToken } from '../../db/ids.js';
import { toWorkshopFollowStateGql, toWorkshopParticipantGql } from './workshop.mapper.js';
import { FOLLOW_LOCALE_DESCRIPTION, WorkshopFollowStateGql, WorkshopParticipantGql } from './workshop.types.js';

/** The participants' operations: public, no account; the token is the only key. */
@Resolver()
export class WorkshopParticipantResolver {
  @Mutation(() => WorkshopParticipantGql, { description: 'Joins an ACTIVE workshop with its code; NOT_FOUND for an unknown or ended code.' })
  @UseMiddleware(RateLimitByAddress('joinWorkshop'))
  async joinWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('code', () => String) code: string,
    @Arg('role', () => RespondentRoleGql) role: RespondentRoleGql,
    @Arg('locale', () => LocaleGql, { nullable: true, description: 'The check-up’s language when omitted.' }) locale: LocaleGql | null,
  ): Promise<WorkshopParticipantGql> {
    return toWorkshopParticipantGql(await ctx.services.workshopParticipants.join(code, role, locale ? toLocale(locale) : null));
  }

  @Mutation(() => Boolean, { description: 'Stores or replaces the participant’s vote; CONFLICT (QUESTION_REVEALED) once the votes are revealed.' })
  async castVote(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('questionId', () => ID) questionId: string,
    @Arg('optionId', () => ID) optionId: string,
  ): Promise<boolean> {
    // Per participant (hashed: counters may be stored) and, more generously, per address (a room behind one NAT).
    await countAgainstLimitFor(ctx, 'castVoteToken', hashToken(token));
    await countAgainstLimit(ctx, 'castVoteAddress');
    await ctx.services.workshopParticipants.vote(token, questionId, optionId);
    return true;
  }

  @Query(() => WorkshopFollowStateGql, { description: 'What workshopFollow pushes, read once.' })
  async workshopParticipant(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('locale', () => LocaleGql, { nullable: true, description: FOLLOW_LOCALE_DESCRIPTION }) locale: LocaleGql | null,
  ): Promise<WorkshopFollowStateGql> {
    return toWorkshopFollowStateGql(await ctx.services.workshopParticipants.follow(token), locale);
  }
}
