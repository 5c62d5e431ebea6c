import type { WorkshopQuestionFieldsFragment } from '../../../gql/graphql';

type Spread = NonNullable<WorkshopQuestionFieldsFragment['spread']>;

/** How far apart the room's votes are, as message keys (`console.workshop.spread.*`) and values. */
export interface SpreadWords {
  /** strong: ≥ 75 % on one option; some: ≥ 50 %; split: less. */
  agreement: 'strong' | 'some' | 'split';
  /** Share of votes on the most chosen option, 0–100, rounded. */
  agreementPercent: number;
  /** same: every level vote on one level; else the lowest and highest level chosen. */
  range: 'same' | 'range';
  min: number;
  max: number;
  /** close: standard deviation under 0.5 level; apart: under 1; far: 1 or more. */
  deviation: 'close' | 'apart' | 'far';
  /** Standard deviation with one decimal. */
  standardDeviation: number;
  mean: number;
}

/** Thresholds chosen for a room of 5–15 people voting on a 1–5 ladder. */
export function spreadWords(spread: Spread): SpreadWords {
  const agreement = spread.agreement >= 0.75 ? 'strong' : spread.agreement >= 0.5 ? 'some' : 'split';
  const deviation = spread.standardDeviation < 0.5 ? 'close' : spread.standardDeviation < 1 ? 'apart' : 'far';
  return {
    agreement,
    agreementPercent: Math.round(spread.agreement * 100),
    range: spread.min === spread.max ? 'same' : 'range',
    min: spread.min,
    max: spread.max,
    deviation,
    standardDeviation: Math.round(spread.standardDeviation * 10) / 10,
    mean: Math.round(spread.mean * 10) / 10,
  };
}

/** Bar length of `count` among `total` votes, in percent of the widest possible bar. */
export function barPercent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}
