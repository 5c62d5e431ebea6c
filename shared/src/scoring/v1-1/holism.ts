import type { HolismParts } from '../result.types.js';

/** Half a maturity level on the 0–100 scale: how far from the mean a part must be to count as strong or weak. */
const HALF_LEVEL = 12.5;
/** One maturity level: parts within it of each other hold together. */
const ONE_LEVEL = 25;

/**
 * The holism index 1.1, 0–100: the level the parts reach together.
 *
 *   holism = mean − ½ · (mean − min)  =  ½ · mean + ½ · min      over the dimension scores
 *
 * The average level minus half of how far the weakest part falls below it. Every part counts the
 * same (balance is about the parts, not their weight), and it does not matter which part is weak:
 * a strong channel on a weak base and a strong base under weak channels both fall below the mean.
 * A uniform profile scores its own level; raising any part, the weakest above all, never lowers
 * it; it never exceeds the mean. Null with fewer than two dimensions.
 */
export function holismIndex11(dimensionScores: readonly number[]): number | null {
  if (dimensionScores.length < 2) return null;
  const min = Math.min(...dimensionScores);
  const mean = dimensionScores.reduce((sum, s) => sum + s, 0) / dimensionScores.length;
  return 0.5 * mean + 0.5 * min;
}

/**
 * Which dimensions lift the whole and which pull it down, for the explanation beside the index:
 * strong at least half a level above the mean, weak at least half a level below it; the parts
 * hold together when all lie within one level of each other.
 */
export function holismParts(dimensions: ReadonlyArray<{ id: string; score: number }>): HolismParts {
  if (dimensions.length === 0) return { strong: [], weak: [], holdsTogether: true };
  const scores = dimensions.map((d) => d.score);
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return {
    strong: dimensions.filter((d) => d.score >= mean + HALF_LEVEL).map((d) => d.id),
    weak: dimensions.filter((d) => d.score <= mean - HALF_LEVEL).map((d) => d.id),
    holdsTogether: Math.max(...scores) - Math.min(...scores) < ONE_LEVEL,
  };
}
