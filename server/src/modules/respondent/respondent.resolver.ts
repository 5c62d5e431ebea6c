import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toRespondentSessionGql } from './respondent.mapper.js';
import { RespondentSessionGql } from './respondent.types.js';

/** Opening a private link (DESIGN §6). */
@Resolver(() => RespondentSessionGql)
export class RespondentResolver {
  @Query(() => RespondentSessionGql, { description: 'Resumes from a private link.' })
  async respondentSession(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<RespondentSessionGql> {
    const { sessions } = ctx.services;
    return toRespondentSessionGql(await sessions.session(await sessions.access(token), token));
  }
}
