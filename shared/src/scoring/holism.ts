/**
 * The holism index 0–100: how well the parts hold together (the seeds' central idea).
 *
 *   balance = ½·min + ½·mean·(1 − (max − min)/100)      over the scored dimensions
 *   holism  = ½·linkage + ½·balance                      (= balance when no linkage answer)
 *
 * `min` makes the weakest dimension weigh in; `mean·(1 − spread)` is the average level
 * discounted by how uneven the dimensions are, so a strong channel on a weak base scores low
 * while an evenly weak company still scores low (evenness alone is not holism). Every term is
 * 0 when all scores are 0 and x when all scores (and linkage) are x. Null with fewer than two
 * scored dimensions: balance needs parts to compare.
 */
export function holismIndex(linkage: number | null, dimensionScores: readonly number[]): number | null {
  if (dimensionScores.length < 2) return null;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const score of dimensionScores) {
    if (score < min) min = score;
    if (score > max) max = score;
    sum += score;
  }
  const mean = sum / dimensionScores.length;
  const balance = 0.5 * min + 0.5 * mean * (1 - (max - min) / 100);
  return linkage === null ? balance : 0.5 * linkage + 0.5 * balance;
}
