import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toAssessmentGql } from '../assessment/assessment.mapper.js';
import { AssessmentGql } from '../assessment/assessment.types.js';
import { toInvitationGql } from '../invitation/invitation.mapper.js';
import { InvitationGql } from '../invitation/invitation.types.js';

/** "Start the next check-up" of a client. */
@Resolver(() => AssessmentGql)
export class NextCheckupResolver {
  @Mutation(() => AssessmentGql, {
    description:
      'Opens the next check-up of a client on the latest questionnaire version with the newest check-up’s settings: title numbered on, ' +
      'language, minimum group size, desired relationship model, targets (of dimensions that still exist) and one new private link per ' +
      'invitation that was not revoked (same role and label; read them from newInvitations). CONFLICT (reason NO_PREVIOUS_ASSESSMENT) ' +
      'when the client has no check-up yet.',
  })
  async startNextAssessment(@Ctx() ctx: RequestContext, @Arg('organizationId', () => ID) organizationId: string): Promise<AssessmentGql> {
    const started = await ctx.services.nextCheckups.start(await ctx.actor(), organizationId);
    return Object.assign(toAssessmentGql(started.assessment), { madeInvitations: started.invitations });
  }

  @FieldResolver(() => [InvitationGql], {
    description: 'The private links startNextAssessment made, with their urls: only in that mutation’s answer (links are stored hashed); empty elsewhere.',
  })
  newInvitations(@Ctx() ctx: RequestContext, @Root() assessment: AssessmentGql): InvitationGql[] {
    return (assessment.madeInvitations ?? []).map((view) => toInvitationGql(view, ctx.request.origin));
  }
}
