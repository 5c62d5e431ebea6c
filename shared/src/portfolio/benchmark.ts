import { round1 } from '../scoring/round.js';
import { percentileRank, quantile } from './quantiles.js';

/** Where one score stands among its peers' scores. */
export interface ScoreStanding {
  /** 0–100, share of peers below (ties half); null when the own score is null or there are no peers. */
  percentile: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  score: number | null;
  /** Peers that have a score here (insufficient-data peers are left out). */
  count: number;
}

/** The spread of a set of scores: what a distribution chart draws per dimension. */
export interface ScoreSpread {
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  count: number;
}

const rounded = (value: number | null): number | null => (value === null ? null : round1(value));

/** Ascending copy without nulls. */
export function sortedScores(scores: Iterable<number | null>): number[] {
  const values: number[] = [];
  for (const score of scores) if (score !== null && Number.isFinite(score)) values.push(score);
  return values.sort((a, b) => a - b);
}

/**
 * A score's standing among peers (ascending, no nulls): percentile rank, median and quartiles
 * (type-7 quantiles, see `quantile`), each rounded to one decimal.
 */
export function standingAmong(sortedPeers: readonly number[], score: number | null): ScoreStanding {
  return {
    percentile: rounded(percentileRank(sortedPeers, score)),
    median: rounded(quantile(sortedPeers, 0.5)),
    q1: rounded(quantile(sortedPeers, 0.25)),
    q3: rounded(quantile(sortedPeers, 0.75)),
    score,
    count: sortedPeers.length,
  };
}

/** Min, quartiles, median and max of scores (ascending, no nulls), rounded to one decimal. */
export function spreadOf(sorted: readonly number[]): ScoreSpread {
  return {
    min: sorted.length ? sorted[0]! : null,
    q1: rounded(quantile(sorted, 0.25)),
    median: rounded(quantile(sorted, 0.5)),
    q3: rounded(quantile(sorted, 0.75)),
    max: sorted.length ? sorted[sorted.length - 1]! : null,
    count: sorted.length,
  };
}
