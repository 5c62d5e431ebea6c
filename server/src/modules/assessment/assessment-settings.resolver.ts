import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toAssessmentGql } from './assessment.mapper.js';
import { AssessmentGql, AssessmentSettingsInput } from './assessment.types.js';

/** What a consultant sets for a team check-up; the result follows at once. */
@Resolver(() => AssessmentGql)
export class AssessmentSettingsResolver {
  @Mutation(() => AssessmentGql, { description: 'Minimum group size, desired relationship model and dimension targets; re-scores when someone has submitted.' })
  async setAssessmentSettings(@Ctx() ctx: RequestContext, @Arg('input', () => AssessmentSettingsInput) input: AssessmentSettingsInput): Promise<AssessmentGql> {
    return toAssessmentGql(await ctx.services.assessments.setSettings(await ctx.actor(), {
      assessmentId: input.assessmentId,
      minGroupSize: input.minGroupSize ?? null,
      desiredRelationshipModel: input.desiredRelationshipModel,
      targets: input.targets ?? null,
    }));
  }
}
