/**
 * Dates and progress as the console shows them, in the UI language (Persian gets Persian
 * digits and its own calendar from Intl).
 */

/** A date and time, e.g. "12 Mar 2026, 14:05"; an empty string for null or an invalid date. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A date without the time, e.g. "12 Mar 2026". */
export function formatDate(iso: string | null | undefined, locale: string): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** Share answered, 0–100, rounded; 0 when there is nothing to answer. */
export function progressPercent(answered: number, total: number): number {
  if (total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((answered / total) * 100)));
}

/** How many of the active (not revoked) respondents have submitted. */
export function submissionCounts(respondents: ReadonlyArray<{ revoked: boolean; submittedAt?: string | null }>): { submitted: number; total: number } {
  const active = respondents.filter((r) => !r.revoked);
  return { submitted: active.filter((r) => r.submittedAt).length, total: active.length };
}
