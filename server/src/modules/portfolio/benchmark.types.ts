import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BenchmarkScopeGql { WORKSPACE = 'WORKSPACE', INDUSTRY = 'INDUSTRY' }
registerEnumType(BenchmarkScopeGql, { name: 'BenchmarkScope', description: 'WORKSPACE: every other client; INDUSTRY: other clients of the same industry.' });

@ObjectType('ScoreBenchmark', { description: 'Percentile rank among peers (below + ties ÷ 2, × 100) and the peers’ type-7 quartiles.' })
export class ScoreBenchmarkGql {
  @Field(() => Float, { nullable: true }) percentile: number | null;
  @Field(() => Float, { nullable: true }) median: number | null;
  @Field(() => Float, { nullable: true }) q1: number | null;
  @Field(() => Float, { nullable: true }) q3: number | null;
  @Field(() => Float, { nullable: true }) score: number | null;
}

@ObjectType('DimensionBenchmark')
export class DimensionBenchmarkGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => Float, { nullable: true, description: '0–100: share of peers scoring below (ties count half); null when the own score is null.' })
  percentile: number | null;
  @Field(() => Float, { nullable: true, description: 'Of the peers with a score here.' }) median: number | null;
  @Field(() => Float, { nullable: true }) q1: number | null;
  @Field(() => Float, { nullable: true }) q3: number | null;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => String) title: string;
}

@ObjectType('Benchmark', { description: 'Where a check-up stands among the latest scored check-up of the other, non-archived clients.' })
export class BenchmarkGql {
  @Field(() => Int, { description: 'Other clients with a scored check-up compared with.' }) peerCount: number;
  @Field(() => [DimensionBenchmarkGql]) dimensions: DimensionBenchmarkGql[];
  @Field(() => BenchmarkScopeGql) scope: BenchmarkScopeGql;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => ScoreBenchmarkGql, { nullable: true }) overall: ScoreBenchmarkGql | null;
}
