import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { qrCodeSvg } from './qr-code.js';
import { toWorkshopGql, toWorkshopQuestionStateGql } from './workshop.mapper.js';
import { WorkshopGql, WorkshopQuestionStateGql } from './workshop.types.js';

/** The facilitator's operations (consultants of the check-up's workspace). */
@Resolver(() => WorkshopGql)
export class WorkshopResolver {
  @Query(() => WorkshopGql, { description: 'A workshop; NOT_FOUND for another workspace’s.' })
  async workshop(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WorkshopGql> {
    return toWorkshopGql(await ctx.services.workshops.get(await ctx.actor(), id), ctx.request.origin);
  }

  @Query(() => WorkshopGql, { nullable: true, description: 'The check-up’s ACTIVE workshop, else its latest, else null.' })
  async workshopForAssessment(@Ctx() ctx: RequestContext, @Arg('assessmentId', () => ID) assessmentId: string): Promise<WorkshopGql | null> {
    const view = await ctx.services.workshops.forAssessment(await ctx.actor(), assessmentId);
    return view ? toWorkshopGql(view, ctx.request.origin) : null;
  }

  @Mutation(() => WorkshopGql, { description: 'Opens a workshop on an open check-up; returns the ACTIVE one if there is one.' })
  async startWorkshop(@Ctx() ctx: RequestContext, @Arg('assessmentId', () => ID) assessmentId: string): Promise<WorkshopGql> {
    return toWorkshopGql(await ctx.services.workshops.start(await ctx.actor(), assessmentId), ctx.request.origin);
  }

  @Mutation(() => WorkshopQuestionStateGql, { description: 'Closes voting on the question and shows its distribution. Idempotent.' })
  async revealQuestion(
    @Ctx() ctx: RequestContext, @Arg('workshopId', () => ID) workshopId: string, @Arg('questionId', () => ID) questionId: string,
  ): Promise<WorkshopQuestionStateGql> {
    return toWorkshopQuestionStateGql(await ctx.services.workshops.reveal(await ctx.actor(), workshopId, questionId));
  }

  @Mutation(() => WorkshopQuestionStateGql, { description: 'Records the agreed option and an optional note (≤ 2000 characters); reveals the question too.' })
  async recordConsensus(
    @Ctx() ctx: RequestContext,
    @Arg('workshopId', () => ID) workshopId: string,
    @Arg('questionId', () => ID) questionId: string,
    @Arg('optionId', () => ID) optionId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
  ): Promise<WorkshopQuestionStateGql> {
    const view = await ctx.services.workshops.recordConsensus(await ctx.actor(), workshopId, questionId, optionId, note ?? null);
    return toWorkshopQuestionStateGql(view);
  }

  @Mutation(() => WorkshopGql, { description: 'Moves the room (and every phone) to a workshop question.' })
  async setWorkshopQuestion(
    @Ctx() ctx: RequestContext, @Arg('workshopId', () => ID) workshopId: string, @Arg('questionId', () => ID) questionId: string,
  ): Promise<WorkshopGql> {
    return toWorkshopGql(await ctx.services.workshops.setQuestion(await ctx.actor(), workshopId, questionId), ctx.request.origin);
  }

  @Mutation(() => WorkshopGql, { description: 'Ends the workshop: the code expires, the voters count in the result. Idempotent.' })
  async endWorkshop(@Ctx() ctx: RequestContext, @Arg('workshopId', () => ID) workshopId: string): Promise<WorkshopGql> {
    return toWorkshopGql(await ctx.services.workshops.end(await ctx.actor(), workshopId), ctx.request.origin);
  }

  @FieldResolver(() => String, { description: 'QR code of `url` as a standalone <svg>.' })
  qrCodeSvg(@Root() workshop: WorkshopGql): Promise<string> {
    return qrCodeSvg(workshop.url);
  }
}
