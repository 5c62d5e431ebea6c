import { BadUserInputError, HORIZONS, RECOMMENDATION_STATUSES, type FieldProblem, type Horizon, type RecommendationStatus } from '@omcheck/shared';

/** Trims text; blank → null; over `max` characters is a problem for `field`. */
export function cleanText(value: string | null | undefined, field: string, max: number, problems: FieldProblem[]): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) problems.push({ field, message: `Use at most ${max} characters.` });
  return trimmed.length > 0 ? trimmed : null;
}

/** A calendar date YYYY-MM-DD that exists (2026-02-30 does not). */
export function cleanDueDate(value: string | null | undefined, problems: FieldProblem[]): string | null {
  if (value == null || value.trim() === '') return null;
  const date = value.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    problems.push({ field: 'dueDate', message: 'Give a date as YYYY-MM-DD.' });
    return null;
  }
  return date;
}

export function isStatus(value: string): value is RecommendationStatus {
  return (RECOMMENDATION_STATUSES as readonly string[]).includes(value);
}

export function isHorizon(value: string): value is Horizon {
  return (HORIZONS as readonly string[]).includes(value);
}

/** Throws one BAD_USER_INPUT naming every problem; nothing is stored. */
export function throwIfProblems(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join(' '), problems);
}
