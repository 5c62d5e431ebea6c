import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { AssessmentResultGql } from '../result/result.types.js';
import type { Benchmarks } from './benchmark.service.js';
import { toBenchmarkGql } from './portfolio.mapper.js';
import { BenchmarkGql } from './benchmark.types.js';

// Both fields of one result share one computation per request.
const perRequest = new WeakMap<RequestContext, Map<string, Promise<Benchmarks>>>();

function benchmarksOf(ctx: RequestContext, result: AssessmentResultGql): Promise<Benchmarks> {
  let cache = perRequest.get(ctx);
  if (!cache) perRequest.set(ctx, (cache = new Map()));
  let benchmarks = cache.get(result.assessmentId);
  if (!benchmarks) {
    benchmarks = ctx.actor().then((actor) => ctx.services.benchmarks.benchmarks(actor, result));
    cache.set(result.assessmentId, benchmarks);
  }
  return benchmarks;
}

const titlesOf = (result: AssessmentResultGql) => new Map(result.dimensions.map((d) => [d.dimensionId, d.title]));

/** Benchmarks of a result among the workspace's clients; computed only when asked for. */
@Resolver(() => AssessmentResultGql)
export class ResultBenchmarkResolver {
  @FieldResolver(() => BenchmarkGql, {
    nullable: true,
    description: 'Percentiles among the latest scored check-up of every other client of the workspace; null for self-assessments, '
      + 'for private-link readers, and when no other client is scored.',
  })
  async benchmark(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<BenchmarkGql | null> {
    const { workspace } = await benchmarksOf(ctx, result);
    return workspace ? toBenchmarkGql(workspace, titlesOf(result)) : null;
  }

  @FieldResolver(() => BenchmarkGql, {
    nullable: true,
    description: 'The same among the other clients of the same industry (case-insensitive); null unless there are at least five.',
  })
  async industryBenchmark(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<BenchmarkGql | null> {
    const { industry } = await benchmarksOf(ctx, result);
    return industry ? toBenchmarkGql(industry, titlesOf(result)) : null;
  }
}
