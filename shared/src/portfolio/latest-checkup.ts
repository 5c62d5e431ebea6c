/** A check-up of one client as the portfolio sees it. */
export interface CheckupScore {
  assessmentId: string;
  /** When the check-up was opened: check-ups are ordered by this, then by `scoredAt`, then by id. */
  createdAt: Date;
  /** When its latest snapshot was written. SQLite keeps opening times to the second, so this orders same-second check-ups. */
  scoredAt: Date;
  /** Overall score of its latest snapshot; null when insufficient data. */
  overallScore: number | null;
  /** False when it has no snapshot with at least one counted respondent. */
  scored: boolean;
}

/** A client's latest and previous scored check-ups and the change of the overall score between them. */
export interface LatestCheckups<T extends CheckupScore> {
  latest: T | null;
  previous: T | null;
  /** latest − previous overall; null when either is missing or has no overall score. */
  change: number | null;
}

const newestFirst = (a: CheckupScore, b: CheckupScore): number =>
  b.createdAt.getTime() - a.createdAt.getTime() || b.scoredAt.getTime() - a.scoredAt.getTime()
  || (a.assessmentId < b.assessmentId ? 1 : a.assessmentId > b.assessmentId ? -1 : 0);

/** Picks the newest scored check-up (by opening date, then scoring time, then id) and the one before it. */
export function latestCheckupsOf<T extends CheckupScore>(checkups: readonly T[]): LatestCheckups<T> {
  const [latest = null, previous = null] = checkups.filter((c) => c.scored).sort(newestFirst);
  const change = latest?.overallScore != null && previous?.overallScore != null
    ? Math.round((latest.overallScore - previous.overallScore) * 10) / 10
    : null;
  return { latest, previous, change };
}
