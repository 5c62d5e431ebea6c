import { MATURITY_LEVELS } from '../scoring/result.types.js';

/** How many clients' latest check-up stands at each maturity level 1–5. */
export function levelCounts(levels: Iterable<number | null>): Array<{ level: number; count: number }> {
  const counts = new Map<number, number>(MATURITY_LEVELS.map((level) => [level, 0]));
  for (const level of levels) if (level !== null && counts.has(level)) counts.set(level, counts.get(level)! + 1);
  return [...counts].map(([level, count]) => ({ level, count }));
}

/** Ten buckets of 10 points, 0–10 … 90–100; a bucket holds from ≤ score < to, and 100 falls in the last. */
export function scoreBuckets(scores: Iterable<number | null>): Array<{ from: number; to: number; count: number }> {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const score of scores) {
    if (score === null || !Number.isFinite(score)) continue;
    buckets[Math.min(9, Math.max(0, Math.floor(score / 10)))]!.count += 1;
  }
  return buckets;
}
