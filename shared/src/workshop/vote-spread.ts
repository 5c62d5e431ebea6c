import type { OptionView } from '../domain/options.js';
import type { Vote } from './vote-distribution.js';

export interface VoteSpread {
  /** Lowest level voted, 0–4. */
  min: number;
  max: number;
  mean: number;
  /** Population standard deviation of the levels. */
  standardDeviation: number;
  /** Share (0–1) of all votes (n/a and don't-know included) on the most chosen option. */
  agreement: number;
  /** Votes on a level; n/a and don't-know are counted apart. */
  levelVoteCount: number;
}

/**
 * How far the room agrees on a question: min, max, mean and population standard deviation of
 * the level votes, and the share of votes on the most chosen option. Null without level votes
 * (a CHOICE question, or only n/a and don't-know).
 */
export function voteSpread(options: readonly OptionView[], votes: readonly Vote[]): VoteSpread | null {
  const scoreOf = new Map(options.map((option) => [option.id, option.score]));
  const known = votes.filter((vote) => scoreOf.has(vote.optionId));
  const levels = known.flatMap((vote) => {
    const score = scoreOf.get(vote.optionId);
    return score === null || score === undefined ? [] : [score];
  });
  if (levels.length === 0) return null;
  const mean = levels.reduce((sum, level) => sum + level, 0) / levels.length;
  const variance = levels.reduce((sum, level) => sum + (level - mean) ** 2, 0) / levels.length;
  const perOption = new Map<string, number>();
  for (const vote of known) perOption.set(vote.optionId, (perOption.get(vote.optionId) ?? 0) + 1);
  return {
    min: Math.min(...levels),
    max: Math.max(...levels),
    mean,
    standardDeviation: Math.sqrt(variance),
    agreement: Math.max(...perOption.values()) / known.length,
    levelVoteCount: levels.length,
  };
}
