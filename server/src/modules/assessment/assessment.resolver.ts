import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { toOrganizationGql } from '../organization/organization.mapper.js';
import { OrganizationGql } from '../organization/organization.types.js';
import { toAssessmentResultGql } from '../result/result.mapper.js';
import { AssessmentResultGql } from '../result/result.types.js';
import { toAssessmentGql, toRespondentGql } from './assessment.mapper.js';
import { AssessmentGql, CreateAssessmentInput, RespondentGql } from './assessment.types.js';

/** A consultant's check-ups. The root was access-checked when loaded; fields read from it. */
@Resolver(() => AssessmentGql)
export class AssessmentResolver {
  @Query(() => AssessmentGql)
  async assessment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AssessmentGql> {
    return toAssessmentGql(await ctx.services.assessments.get(await ctx.actor(), id));
  }

  @FieldResolver(() => OrganizationGql)
  organization(@Root() assessment: AssessmentGql): OrganizationGql {
    return toOrganizationGql(assessment.entity.organization!);
  }

  @FieldResolver(() => [RespondentGql], { description: 'Oldest first; revoked ones included.' })
  async respondents(@Ctx() ctx: RequestContext, @Root() assessment: AssessmentGql): Promise<RespondentGql[]> {
    return (await ctx.services.assessments.respondentProgress(assessment.entity)).map(toRespondentGql);
  }

  @FieldResolver(() => AssessmentResultGql, { nullable: true, description: 'The combined result of every submitted respondent; null before the first.' })
  async result(
    @Ctx() ctx: RequestContext,
    @Root() assessment: AssessmentGql,
    @Arg('locale', () => LocaleGql, { nullable: true }) locale: LocaleGql | null,
  ): Promise<AssessmentResultGql | null> {
    const stored = await ctx.services.results.latestOf(assessment.entity);
    return stored ? toAssessmentResultGql(stored.snapshot, stored.recommendations, stored.questionnaire, toLocale(locale ?? assessment.locale)) : null;
  }

  @Mutation(() => AssessmentGql, { description: 'Opens a check-up of a client on the latest questionnaire version (or the one given).' })
  async createAssessment(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAssessmentInput) input: CreateAssessmentInput): Promise<AssessmentGql> {
    const { organizationId, title, questionnaireVersion, questionnaireKey } = input;
    const command = { organizationId, title, locale: toLocale(input.locale), questionnaireVersion: questionnaireVersion ?? null, questionnaireKey: questionnaireKey ?? null };
    return toAssessmentGql(await ctx.services.assessments.create(await ctx.actor(), command));
  }

  @Mutation(() => AssessmentGql, { description: 'No more answers or submissions.' })
  async closeAssessment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AssessmentGql> {
    return toAssessmentGql(await ctx.services.assessments.close(await ctx.actor(), id));
  }

  @Mutation(() => AssessmentGql, { description: 'Owner only: takes a closed check-up back into use.' })
  async reopenAssessment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AssessmentGql> {
    return toAssessmentGql(await ctx.services.assessments.reopen(await ctx.actor(), id));
  }
}
