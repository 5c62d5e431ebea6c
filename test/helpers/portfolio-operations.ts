/** Issue 11 portfolio operations, as the contract names them. */
export const PORTFOLIO = /* GraphQL */ `
  query Portfolio($workspaceId: ID!, $filter: PortfolioFilter, $orderBy: PortfolioOrder, $first: Int, $after: String) {
    portfolio(workspaceId: $workspaceId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        organization { id name industry size archived }
        latest { assessmentId overallScore maturityLevel title scoredAt holismIndex customerFocusStage relationshipModel }
        change lastActivityAt checkupCount
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }`;

export const PORTFOLIO_DISTRIBUTION = /* GraphQL */ `
  query PortfolioDistribution($workspaceId: ID!, $filter: PortfolioFilter) {
    portfolioDistribution(workspaceId: $workspaceId, filter: $filter) {
      clientCount scoredCount
      levels { level count }
      scoreBuckets { from to count }
      dimensions { dimensionId title min q1 median q3 max count }
    }
  }`;

const BENCHMARK_FIELDS = 'peerCount scope industry overall { percentile median q1 q3 score } dimensions { dimensionId percentile median q1 q3 score title }';

export const RESULT_BENCHMARK = /* GraphQL */ `
  query ResultBenchmark($id: ID!) {
    assessment(id: $id) {
      result { overallScore dimensions { dimensionId score } benchmark { ${BENCHMARK_FIELDS} } industryBenchmark { ${BENCHMARK_FIELDS} } }
    }
  }`;

export const TOKEN_BENCHMARK = /* GraphQL */ `
  query TokenBenchmark($token: String!) {
    assessmentResult(token: $token) { assessmentId benchmark { peerCount } industryBenchmark { peerCount } }
  }`;
