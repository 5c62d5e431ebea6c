import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { toAssessmentGql } from '../assessment/assessment.mapper.js';
import { AssessmentGql } from '../assessment/assessment.types.js';

/** Importing an exported check-up; exports are downloads (`http/exports.routes.ts`). */
@Resolver()
export class ExchangeResolver {
  @Mutation(() => AssessmentGql, {
    description: 'Creates a client and a scored check-up from an exported JSON document (format omcheck-checkup). All or nothing.',
  })
  async importAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('document', () => String) document: string,
  ): Promise<AssessmentGql> {
    return toAssessmentGql(await ctx.services.exchange.import(await ctx.actor(), workspaceId, document));
  }
}
