import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { RecommendationGql } from '../result/result.types.js';
import { toActionItemGql, toOwnedRecommendationGql } from './recommendation.mapper.js';
import {
  ActionItemGql, AddActionItemInput, AddRecommendationInput, RecommendationChangeGql, UpdateActionItemInput, UpdateRecommendationInput,
} from './recommendation.types.js';

/** Recommendations the consultant owns: edits, decisions, hand-written ones, the action plan. */
@Resolver(() => RecommendationGql)
export class RecommendationResolver {
  @FieldResolver(() => [ActionItemGql])
  async actionItems(@Ctx() ctx: RequestContext, @Root() recommendation: RecommendationGql): Promise<ActionItemGql[]> {
    return (await ctx.loaders.actionItems.load(recommendation.id)).map(toActionItemGql);
  }

  @FieldResolver(() => [RecommendationChangeGql], { description: 'Who changed what, newest first.' })
  async history(@Ctx() ctx: RequestContext, @Root() recommendation: RecommendationGql): Promise<RecommendationChangeGql[]> {
    return (await ctx.loaders.recommendationChanges.load(recommendation.id)).map((row) => Object.assign(new RecommendationChangeGql(), row));
  }

  @Mutation(() => RecommendationGql, { description: 'Edits the text or decides: PROPOSED → ACCEPTED / DISMISSED (with a reason) / DONE.' })
  async updateRecommendation(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateRecommendationInput) input: UpdateRecommendationInput): Promise<RecommendationGql> {
    return toOwnedRecommendationGql(await ctx.services.recommendations.update(await ctx.actor(), input), ctx.services.questionnaires);
  }

  @Mutation(() => RecommendationGql, { description: 'A consultant’s own recommendation; it survives every re-score.' })
  async addRecommendation(@Ctx() ctx: RequestContext, @Arg('input', () => AddRecommendationInput) input: AddRecommendationInput): Promise<RecommendationGql> {
    const { assessmentId, title, horizon } = input;
    const row = await ctx.services.recommendations.add(await ctx.actor(), { assessmentId, title, horizon, dimensionId: input.dimensionId ?? null, body: input.body ?? null });
    return toOwnedRecommendationGql(row, ctx.services.questionnaires);
  }

  @Mutation(() => ActionItemGql)
  async addActionItem(@Ctx() ctx: RequestContext, @Arg('input', () => AddActionItemInput) input: AddActionItemInput): Promise<ActionItemGql> {
    return toActionItemGql(await ctx.services.recommendations.addActionItem(await ctx.actor(), input.recommendationId, input));
  }

  @Mutation(() => ActionItemGql)
  async updateActionItem(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateActionItemInput) input: UpdateActionItemInput): Promise<ActionItemGql> {
    return toActionItemGql(await ctx.services.recommendations.updateActionItem(await ctx.actor(), input.id, input));
  }
}
