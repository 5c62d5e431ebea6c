import type { Condition } from './condition.schema.js';

/** A condition that tests a fact (anything but `all`, `any` and `not`). */
export type ConditionLeaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

/**
 * Calls `visit` for every leaf of a condition tree with its path below the condition
 * (e.g. `.all[1].not`; empty for a leaf at the root).
 */
export function forEachLeaf(
  condition: Condition,
  visit: (leaf: ConditionLeaf, path: string) => void,
  path = '',
): void {
  if ('all' in condition) condition.all.forEach((child, i) => forEachLeaf(child, visit, `${path}.all[${i}]`));
  else if ('any' in condition) condition.any.forEach((child, i) => forEachLeaf(child, visit, `${path}.any[${i}]`));
  else if ('not' in condition) forEachLeaf(condition.not, visit, `${path}.not`);
  else visit(condition, path);
}
