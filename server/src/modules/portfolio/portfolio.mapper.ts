import type { RelationshipModelKindGql } from '../../graphql/enums.js';
import { toOrganizationGql } from '../organization/organization.mapper.js';
import type { Benchmark } from './benchmark.service.js';
import { BenchmarkGql, type BenchmarkScopeGql, DimensionBenchmarkGql, ScoreBenchmarkGql } from './benchmark.types.js';
import type { PortfolioDistribution, PortfolioEntry } from './portfolio.service.js';
import {
  DimensionSpreadGql, LevelCountGql, PortfolioCheckupGql, PortfolioDistributionGql, PortfolioEntryGql, ScoreBucketGql,
} from './portfolio.types.js';

export function toPortfolioEntryGql(entry: PortfolioEntry): PortfolioEntryGql {
  const { latest } = entry;
  return Object.assign(new PortfolioEntryGql(), {
    organization: toOrganizationGql(entry.organization),
    latest: latest
      ? Object.assign(new PortfolioCheckupGql(), {
          ...latest,
          title: latest.title ?? '',
          relationshipModel: latest.relationshipModel as RelationshipModelKindGql | null,
        })
      : null,
    change: entry.change,
    lastActivityAt: entry.lastActivityAt,
    checkupCount: entry.checkupCount,
  });
}

export function toPortfolioDistributionGql(distribution: PortfolioDistribution): PortfolioDistributionGql {
  return Object.assign(new PortfolioDistributionGql(), {
    clientCount: distribution.clientCount,
    scoredCount: distribution.scoredCount,
    levels: distribution.levels.map((l) => Object.assign(new LevelCountGql(), l)),
    scoreBuckets: distribution.scoreBuckets.map((b) => Object.assign(new ScoreBucketGql(), b)),
    dimensions: distribution.dimensions.map((d) => Object.assign(new DimensionSpreadGql(), d)),
  });
}

/** Dimension titles come from the result being viewed, already in its language. */
export function toBenchmarkGql(benchmark: Benchmark, titles: ReadonlyMap<string, string>): BenchmarkGql {
  const { percentile, median, q1, q3, score } = benchmark.overall;
  return Object.assign(new BenchmarkGql(), {
    peerCount: benchmark.peerCount,
    scope: benchmark.scope as BenchmarkScopeGql,
    industry: benchmark.industry,
    overall: Object.assign(new ScoreBenchmarkGql(), { percentile, median, q1, q3, score }),
    dimensions: benchmark.dimensions.map((d) =>
      Object.assign(new DimensionBenchmarkGql(), {
        dimensionId: d.dimensionId, percentile: d.percentile, median: d.median, q1: d.q1, q3: d.q3, score: d.score, title: titles.get(d.dimensionId) ?? d.dimensionId,
      })),
  });
}
