import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { AssessmentResultGql } from '../result/result.types.js';
import { toConsensusResultGql } from './workshop.mapper.js';
import { ConsensusResultGql } from './workshop.types.js';

/** The workshop consensus beside the individual result, on every door that serves a result. */
@Resolver(() => AssessmentResultGql)
export class ConsensusResultResolver {
  @FieldResolver(() => ConsensusResultGql, { nullable: true, description: 'The workshop consensus scored on its own; null when the check-up never had one.' })
  async consensus(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<ConsensusResultGql | null> {
    const consensus = await ctx.services.consensus.of(result.assessmentId, result);
    return consensus ? toConsensusResultGql(consensus, result.locale) : null;
  }
}
