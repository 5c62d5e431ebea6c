import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toAssessmentSummaryGql } from '../organization/organization.mapper.js';
import { AssessmentSummaryGql, OrganizationGql } from '../organization/organization.types.js';

/** A client's check-ups as a history (trend chart): the batch `Organization.assessments` loads, oldest first. */
@Resolver(() => OrganizationGql)
export class OrganizationHistoryResolver {
  @FieldResolver(() => [AssessmentSummaryGql], { description: 'Every check-up of this client, oldest first; overallScore is null while unscored.' })
  async history(@Ctx() ctx: RequestContext, @Root() organization: OrganizationGql): Promise<AssessmentSummaryGql[]> {
    const newestFirst = await ctx.loaders.assessmentSummaries.load(organization.id);
    return [...newestFirst].reverse().map(toAssessmentSummaryGql);
  }
}
