/**
 * Quantile of an ascending list by linear interpolation between order statistics (Hyndman & Fan
 * type 7, the default of R, NumPy and spreadsheets): position h = (n − 1)·p, value
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). Null for an empty list; p is clamped to 0–1.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const { lower, upper, fraction } = quantilePosition(sorted.length, p);
  const low = sorted[lower]!;
  return low + fraction * (sorted[upper]! - low);
}

/** Which order statistics (0-based) a type-7 quantile of n values reads, and how far between them. */
export function quantilePosition(n: number, p: number): { lower: number; upper: number; fraction: number } {
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(h);
  return { lower, upper: Math.min(n - 1, lower + 1), fraction: h - lower };
}

/**
 * Percentile rank 0–100 of `score` among `peers`: the share scoring below it, ties counting half
 * ((below + equal ÷ 2) ÷ n × 100). Null when there are no peers or no score.
 */
export function percentileRank(sortedPeers: readonly number[], score: number | null): number | null {
  if (score === null || sortedPeers.length === 0) return null;
  const below = lowerBound(sortedPeers, score);
  const equal = lowerBound(sortedPeers, score, true) - below;
  return ((below + equal / 2) / sortedPeers.length) * 100;
}

/** First index whose value is ≥ x (or > x when `strict`), by binary search. */
function lowerBound(sorted: readonly number[], x: number, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = sorted[mid]!;
    if (value < x || (strict && value === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
