import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toAssessmentSummaryGql, toOrganizationGql } from './organization.mapper.js';
import { AssessmentSummaryGql, CreateOrganizationInput, OrganizationConnectionGql, OrganizationGql, UpdateOrganizationInput } from './organization.types.js';

const fieldsOf = (input: CreateOrganizationInput | UpdateOrganizationInput) => ({
  name: input.name, industry: input.industry ?? null, size: input.size ?? null, country: input.country ?? null, notes: input.notes ?? null,
});

/** A workspace's client organisations. */
@Resolver(() => OrganizationGql)
export class OrganizationResolver {
  @Query(() => OrganizationConnectionGql, { description: 'Clients by name, searchable, cursor-paginated; archived ones on request.' })
  async organizations(
    @Ctx() ctx: RequestContext,
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
  ): Promise<OrganizationConnectionGql> {
    const page = await ctx.services.organizations.list(await ctx.actor(), { workspaceId, search, first, after, includeArchived });
    return { nodes: page.nodes.map(toOrganizationGql), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor }, totalCount: page.totalCount };
  }

  @Query(() => OrganizationGql)
  async organization(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<OrganizationGql> {
    return toOrganizationGql(await ctx.services.organizations.get(await ctx.actor(), id));
  }

  @FieldResolver(() => [AssessmentSummaryGql], { description: 'Check-ups of this client, newest first.' })
  async assessments(@Ctx() ctx: RequestContext, @Root() organization: OrganizationGql): Promise<AssessmentSummaryGql[]> {
    return (await ctx.loaders.assessmentSummaries.load(organization.id)).map(toAssessmentSummaryGql);
  }

  @FieldResolver(() => AssessmentSummaryGql, { nullable: true, description: 'The newest check-up; null when none.' })
  async latestAssessment(@Ctx() ctx: RequestContext, @Root() organization: OrganizationGql): Promise<AssessmentSummaryGql | null> {
    const [latest] = await ctx.loaders.assessmentSummaries.load(organization.id);
    return latest ? toAssessmentSummaryGql(latest) : null;
  }

  @Mutation(() => OrganizationGql)
  async createOrganization(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput): Promise<OrganizationGql> {
    return toOrganizationGql(await ctx.services.organizations.create(await ctx.actor(), input.workspaceId, fieldsOf(input)));
  }

  @Mutation(() => OrganizationGql, { description: 'Edits (and renames) a client.' })
  async updateOrganization(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput): Promise<OrganizationGql> {
    return toOrganizationGql(await ctx.services.organizations.update(await ctx.actor(), input.id, fieldsOf(input)));
  }

  @Mutation(() => OrganizationGql, { description: 'Archives (or, with archived: false, restores) a client.' })
  async archiveOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('archived', () => Boolean, { defaultValue: true }) archived: boolean,
  ): Promise<OrganizationGql> {
    return toOrganizationGql(await ctx.services.organizations.archive(await ctx.actor(), id, archived));
  }
}
