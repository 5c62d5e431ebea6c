import type { Comparison } from '../domain/condition.schema.js';

/**
 * True when `value` meets every bound of the comparison. A missing value (null, undefined,
 * NaN) never meets a comparison: insufficient data must not fire a rule by accident.
 */
export function meetsComparison(value: number | null | undefined, comparison: Comparison): boolean {
  if (value == null || Number.isNaN(value)) return false;
  if (comparison.lt !== undefined && !(value < comparison.lt)) return false;
  if (comparison.lte !== undefined && !(value <= comparison.lte)) return false;
  if (comparison.gt !== undefined && !(value > comparison.gt)) return false;
  if (comparison.gte !== undefined && !(value >= comparison.gte)) return false;
  return true;
}
