import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { RateLimitByAddress } from '../../graphql/rate-limit.middleware.js';
import { toRespondentSessionGql } from '../respondent/respondent.mapper.js';
import { RespondentSessionGql } from '../respondent/respondent.types.js';

/** A self-assessing business starts its next self-assessment from its results page. */
@Resolver()
export class FollowUpResolver {
  @Mutation(() => RespondentSessionGql, {
    description:
      'From the private link of a submitted self-assessment: a new self-assessment of the same organisation on the latest questionnaire ' +
      'version, pre-filled with the previous answers and comments that still fit. Returns the new private link (token). ' +
      'Counts against the same per-address limit as startSelfAssessment.',
  })
  @UseMiddleware(RateLimitByAddress('startSelfAssessment'))
  async startFollowUpSelfAssessment(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<RespondentSessionGql> {
    const { sessions, followUps } = ctx.services;
    const started = await followUps.start(token);
    return toRespondentSessionGql(await sessions.session(await sessions.access(started), started));
  }
}
