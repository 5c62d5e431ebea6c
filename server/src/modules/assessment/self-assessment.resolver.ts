import { Arg, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { RateLimitByAddress } from '../../graphql/rate-limit.middleware.js';
import { toRespondentSessionGql } from '../respondent/respondent.mapper.js';
import { RespondentSessionGql } from '../respondent/respondent.types.js';
import { StartSelfAssessmentInput } from './assessment.types.js';

/** Starting the public self-assessment (DESIGN §6). */
@Resolver()
export class SelfAssessmentResolver {
  @Mutation(() => RespondentSessionGql, { description: 'Starts an anonymous self-assessment and returns its private link token.' })
  @UseMiddleware(RateLimitByAddress('startSelfAssessment'))
  async startSelfAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => StartSelfAssessmentInput) input: StartSelfAssessmentInput,
  ): Promise<RespondentSessionGql> {
    const token = await ctx.services.selfAssessments.start({
      organizationName: input.organizationName?.trim() || null,
      industry: input.industry?.trim() || null,
      size: input.size?.trim() || null,
      role: input.role,
      locale: toLocale(input.locale),
      desiredRelationshipModel: input.desiredRelationshipModel ?? null,
    });
    const { sessions } = ctx.services;
    return toRespondentSessionGql(sessions.fresh(await sessions.access(token), token));
  }
}
