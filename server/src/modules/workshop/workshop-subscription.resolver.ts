import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql } from '../../graphql/enums.js';
import type { FollowView, WorkshopView } from './workshop-state.js';
import { toWorkshopFollowStateGql, toWorkshopGql } from './workshop.mapper.js';
import { FOLLOW_LOCALE_DESCRIPTION, WorkshopFollowStateGql, WorkshopGql } from './workshop.types.js';

type Subscribe<Args> = SubscribeResolverData<unknown, Args, RequestContext>;

/**
 * Live workshop state over GraphQL subscriptions (served by graphql-sse at /graphql/stream).
 * Each stream starts with the current state, then pushes a fresh state after every change.
 */
@Resolver()
export class WorkshopSubscriptionResolver {
  @Subscription(() => WorkshopGql, {
    description: 'The facilitator’s live workshop; first event = current state. NOT_FOUND for another workspace’s.',
    subscribe: async ({ args, context }: Subscribe<{ workshopId: string }>) =>
      context.services.workshopStreams.facilitator(await context.actor(), args.workshopId),
  })
  workshopUpdated(@Root() view: WorkshopView, @Ctx() ctx: RequestContext, @Arg('workshopId', () => ID) _workshopId: string): WorkshopGql {
    return toWorkshopGql(view, ctx.request.origin);
  }

  @Subscription(() => WorkshopFollowStateGql, {
    description: 'A participant’s phone follows the room; first event = current state. NOT_FOUND for an unknown token.',
    subscribe: ({ args, context }: Subscribe<{ token: string }>) => context.services.workshopStreams.participant(args.token),
  })
  workshopFollow(
    @Root() view: FollowView,
    @Arg('token', () => String) _token: string,
    @Arg('locale', () => LocaleGql, { nullable: true, description: FOLLOW_LOCALE_DESCRIPTION }) locale: LocaleGql | null,
  ): WorkshopFollowStateGql {
    return toWorkshopFollowStateGql(view, locale);
  }
}
