import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { toAnswerGql } from '../answer/answer.mapper.js';
import { AssessmentResultGql } from '../result/result.types.js';
import { AnswerInput, RespondentSessionGql, SaveAnswersPayload, StartSelfAssessmentInput } from './respondent.types.js';

/** The public self-assessment contract (DESIGN §6): thin, everything happens in services. */
@Resolver(() => RespondentSessionGql)
export class RespondentResolver {
  @Query(() => RespondentSessionGql, { description: 'Resumes from a private link.' })
  async respondentSession(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<RespondentSessionGql> {
    const { sessions } = ctx.services;
    return sessions.session(await sessions.access(token), token);
  }

  @Mutation(() => RespondentSessionGql, { description: 'Starts an anonymous self-assessment and returns its private link token.' })
  async startSelfAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => StartSelfAssessmentInput) input: StartSelfAssessmentInput,
  ): Promise<RespondentSessionGql> {
    const started = await ctx.services.selfAssessments.start({
      organizationName: input.organizationName?.trim() || null,
      industry: input.industry?.trim() || null,
      size: input.size?.trim() || null,
      role: input.role,
      locale: toLocale(input.locale),
    });
    return ctx.services.sessions.session(started, started.token);
  }

  @Mutation(() => SaveAnswersPayload, { description: 'Validates and stores a batch of answers: all or nothing, idempotent.' })
  async saveAnswers(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('answers', () => [AnswerInput]) answers: AnswerInput[],
  ): Promise<SaveAnswersPayload> {
    const { sessions } = ctx.services;
    const access = await sessions.access(token);
    const outcome = await ctx.services.answers.save(access, sessions.questionnaireOf(access), answers);
    return Object.assign(new SaveAnswersPayload(), {
      saved: outcome.saved,
      progress: outcome.progress,
      answers: outcome.answers.map(toAnswerGql),
    });
  }

  @Mutation(() => AssessmentResultGql, { description: 'Submits the respondent’s answers and scores the assessment.' })
  async submitResponses(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('locale', () => LocaleGql, { nullable: true, description: 'Language of the returned texts; the respondent’s by default.' })
    locale: LocaleGql | null,
  ): Promise<AssessmentResultGql> {
    const { sessions } = ctx.services;
    const access = await sessions.access(token);
    return ctx.services.results.submit(access, sessions.questionnaireOf(access), locale ? toLocale(locale) : access.respondent.locale);
  }

  @Query(() => AssessmentResultGql, { description: 'The latest scored result of the assessment behind a private link.' })
  async assessmentResult(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    @Arg('locale', () => LocaleGql, { nullable: true }) locale: LocaleGql | null,
  ): Promise<AssessmentResultGql> {
    const { sessions } = ctx.services;
    const access = await sessions.access(token);
    return ctx.services.results.latest(access, sessions.questionnaireOf(access), locale ? toLocale(locale) : access.respondent.locale);
  }
}
