/**
 * Orders questionnaire versions (`major.minor.patch`, as the questionnaire schema requires) by
 * number, newest first: 1.10.0 comes before 1.9.0. Import order does not matter, so two imports
 * in the same second (timestamps with whole seconds on SQLite) still give one latest version.
 */
export function compareVersionsNewestFirst(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (right[i] ?? 0) - (left[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
