import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { AssessmentResultGql } from '../result/result.types.js';
import { toResultDeltaGql } from './history.mapper.js';
import { ResultDeltaGql } from './history.types.js';

/**
 * The change since the previous check-up, on every door that serves a result (the consultant's
 * `Assessment.result`, a private link's `assessmentResult` and `submitResponses`): whoever sees
 * this result of a client sees how it moved. Computed only when selected.
 */
@Resolver(() => AssessmentResultGql)
export class ResultPreviousResolver {
  @FieldResolver(() => ResultDeltaGql, {
    nullable: true,
    description: 'Change since the previous scored check-up of the same organisation (created before this one); null when none.',
  })
  async previous(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<ResultDeltaGql | null> {
    const change = await ctx.services.history.changeOf(result.assessmentId, {
      questionnaireKey: result.questionnaireKey,
      questionnaireVersion: result.questionnaireVersion,
      overallScore: result.overallScore,
      dimensions: result.dimensions,
    });
    return change ? toResultDeltaGql(change, result, result.locale) : null;
  }
}
