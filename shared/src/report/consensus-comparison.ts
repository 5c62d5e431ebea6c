import type { Locale } from '../domain/locale.js';

/** A dimension's score as a result carries it: no score is shown where there is not enough data. */
export interface ScoredDimension {
  dimensionId: string;
  title: string;
  score?: number | null;
  insufficientData: boolean;
}

export interface ConsensusComparisonRow {
  dimensionId: string;
  title: string;
  /** Null where the workshop did not give enough data (an area the room never discussed). */
  consensus: number | null;
  individual: number | null;
  /** Of the rounded scores, as both are shown; null when either is missing. */
  difference: number | null;
}

/**
 * The workshop consensus beside the individual answers, area by area, in the consensus's order:
 * the one comparison the check-up page, the report, the deck and meeting mode all show.
 */
export function compareWithConsensus(consensus: readonly ScoredDimension[], individual: readonly ScoredDimension[]): ConsensusComparisonRow[] {
  const shown = (d: ScoredDimension | undefined): number | null => (d && !d.insufficientData ? d.score ?? null : null);
  const individualById = new Map(individual.map((d) => [d.dimensionId, d]));
  return consensus.map((d) => {
    const agreed = shown(d);
    const theirs = shown(individualById.get(d.dimensionId));
    return {
      dimensionId: d.dimensionId,
      title: d.title,
      consensus: agreed,
      individual: theirs,
      difference: agreed !== null && theirs !== null ? Math.round(agreed) - Math.round(theirs) : null,
    };
  });
}

/**
 * A difference as the comparison writes it: +12, −3 (a minus sign), 0, in the locale's digits;
 * `missing` (the page's dash, or a report's own "no score") when there is none.
 */
export function formatScoreDifference(difference: number | null, locale: Locale, missing = '—'): string {
  if (difference === null) return missing;
  const digits = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.abs(difference));
  return difference > 0 ? `+${digits}` : difference < 0 ? `\u2212${digits}` : digits;
}
