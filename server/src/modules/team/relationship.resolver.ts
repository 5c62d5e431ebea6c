import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import type { RelationshipModelKindGql } from '../../graphql/enums.js';
import { AssessmentResultGql } from '../result/result.types.js';
import { DimensionFromTargetGql, RelationshipModelGql } from './team-result.types.js';
import { teamViewOf } from './team-view.js';

/** Desired versus current relationship, and the distance to the consultant's targets. */
@Resolver(() => AssessmentResultGql)
export class RelationshipResolver {
  @FieldResolver(() => RelationshipModelGql, { nullable: true })
  async relationshipModel(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<RelationshipModelGql | null> {
    const relationship = (await teamViewOf(ctx, result))?.relationship;
    if (!relationship) return null;
    return Object.assign(new RelationshipModelGql(), {
      ...relationship,
      current: relationship.current as RelationshipModelKindGql,
      desired: relationship.desired as RelationshipModelKindGql | null,
    });
  }

  @FieldResolver(() => [DimensionFromTargetGql], { description: 'Dimensions below their targets, furthest first.' })
  async dimensionsFromTarget(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<DimensionFromTargetGql[]> {
    return ((await teamViewOf(ctx, result))?.fromTarget ?? []).map((d) => Object.assign(new DimensionFromTargetGql(), d));
  }
}
