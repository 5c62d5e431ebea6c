import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { toAssessmentResultGql } from './result.mapper.js';
import { AssessmentResultGql } from './result.types.js';

/** Submitting and reading results through a private link (DESIGN §6). */
@Resolver()
export class ResultResolver {
  @Mutation(() => AssessmentResultGql, { description: 'Submits the respondent’s answers and scores the assessment.' })
  async submitResponses(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('locale', () => LocaleGql, { nullable: true, description: 'Language of the returned texts; the respondent’s by default.' })
    locale: LocaleGql | null,
  ): Promise<AssessmentResultGql> {
    const access = await ctx.services.sessions.writableAccess(token);
    const result = await ctx.services.results.submit(access);
    return toAssessmentResultGql(result.snapshot, result.recommendations, result.questionnaire, locale ? toLocale(locale) : access.respondent.locale);
  }

  @Query(() => AssessmentResultGql, { description: 'The latest scored result of the assessment behind a private link.' })
  async assessmentResult(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('locale', () => LocaleGql, { nullable: true }) locale: LocaleGql | null,
  ): Promise<AssessmentResultGql> {
    const access = await ctx.services.sessions.access(token);
    const result = await ctx.services.results.latest(access);
    return toAssessmentResultGql(result.snapshot, result.recommendations, result.questionnaire, locale ? toLocale(locale) : access.respondent.locale);
  }
}
