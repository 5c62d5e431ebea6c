import type { RequestContext } from '../../graphql/context.type.js';
import type { AssessmentResultGql } from '../result/result.types.js';
import type { TeamView } from './team-result.service.js';

/** The team view behind a result, computed at most once per request. */
export function teamViewOf(ctx: RequestContext, result: AssessmentResultGql): Promise<TeamView | null> {
  return ctx.loaders.teamView(result.assessmentId, new Map(result.dimensions.map((d) => [d.dimensionId, d.score])));
}
