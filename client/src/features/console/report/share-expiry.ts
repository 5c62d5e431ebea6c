/** Today as `YYYY-MM-DD` in local time: the earliest expiry date the form offers. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A share link chosen to expire "on" a date stays valid through that whole day (local time);
 * an empty date is no expiry (null). Returns undefined for a date that is not a real one.
 */
export function expiryFromDate(date: string): string | null | undefined {
  if (date === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const end = new Date(`${date}T23:59:59.999`);
  return Number.isNaN(end.getTime()) ? undefined : end.toISOString();
}

/** A share link's state for the list: revoked wins over expired. */
export function shareLinkState(link: { revokedAt?: string | null; expiresAt?: string | null }, now: Date = new Date()): 'ACTIVE' | 'EXPIRED' | 'REVOKED' {
  if (link.revokedAt) return 'REVOKED';
  if (link.expiresAt && new Date(link.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}
