import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { toPortfolioDistributionGql, toPortfolioEntryGql } from './portfolio.mapper.js';
import { PortfolioConnectionGql, PortfolioDistributionGql, PortfolioFilterInput, PortfolioOrderInput } from './portfolio.types.js';

/** The workspace's clients with their latest check-up, and the spread of their scores. */
@Resolver()
export class PortfolioResolver {
  @Query(() => PortfolioConnectionGql, { description: 'Clients with their latest scored check-up: sorted, filtered, cursor-paginated (name A–Z by default).' })
  async portfolio(
    @Ctx() ctx: RequestContext,
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('filter', () => PortfolioFilterInput, { nullable: true }) filter: PortfolioFilterInput | null,
    @Arg('orderBy', () => PortfolioOrderInput, { nullable: true }) orderBy: PortfolioOrderInput | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most 100.' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<PortfolioConnectionGql> {
    const page = await ctx.services.portfolio.list(await ctx.actor(), { workspaceId, filter, order: orderBy, first, after });
    return { nodes: page.entries.map(toPortfolioEntryGql), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor }, totalCount: page.totalCount };
  }

  @Query(() => PortfolioDistributionGql, { description: 'Distribution chart data of the workspace’s latest check-ups (same filter as the portfolio).' })
  async portfolioDistribution(
    @Ctx() ctx: RequestContext,
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('filter', () => PortfolioFilterInput, { nullable: true }) filter: PortfolioFilterInput | null,
    @Arg('locale', () => LocaleGql, { nullable: true, description: 'Language of the dimension titles; English by default.' }) locale: LocaleGql | null,
  ): Promise<PortfolioDistributionGql> {
    return toPortfolioDistributionGql(await ctx.services.portfolio.distribution(await ctx.actor(), workspaceId, filter, locale ? toLocale(locale) : 'en'));
  }
}
