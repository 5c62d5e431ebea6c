/** Longest check-up title the server stores. */
export const MAX_CHECKUP_TITLE_LENGTH = 200;

const NUMBERED = /^(.*\S)\s*\((\d{1,6})\)$/u;

/**
 * The title of the next check-up: the previous title numbered on, "Baseline" → "Baseline (2)"
 * → "Baseline (3)". Digits and brackets read the same in every language the title may be in,
 * and the consultant renames it when they like; cut to fit the stored length.
 */
export function nextCheckupTitle(previous: string): string {
  const trimmed = previous.trim();
  const numbered = NUMBERED.exec(trimmed);
  const base = (numbered ? numbered[1]! : trimmed) || 'Check-up';
  const suffix = ` (${numbered ? Number(numbered[2]) + 1 : 2})`;
  // Counted in UTF-16 units like every title check, cut between characters, never inside one.
  const characters = [...base];
  let length = base.length;
  while (length + suffix.length > MAX_CHECKUP_TITLE_LENGTH) length -= characters.pop()!.length;
  return `${characters.join('').trimEnd()}${suffix}`;
}

/**
 * The targets worth keeping on a new questionnaire version: those of dimensions it still has.
 * Null when none is left, as a check-up without targets stores them.
 */
export function carryOverTargets(targets: Readonly<Record<string, number>> | null, dimensionIds: Iterable<string>): Record<string, number> | null {
  if (!targets) return null;
  const known = new Set(dimensionIds);
  const kept = Object.entries(targets).filter(([dimensionId]) => known.has(dimensionId));
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}

/** An invitation of the previous check-up, as far as the next one copies it. */
export interface PreviousInvitation<Role extends string = string, Locale extends string = string> {
  role: Role;
  label: string | null;
  locale: Locale;
  revoked: boolean;
}

/** One new invitation per invitation of the previous check-up that was not revoked, same role, label and language, in order. */
export function carryOverInvitations<Role extends string, Locale extends string>(
  previous: ReadonlyArray<PreviousInvitation<Role, Locale>>,
): Array<{ role: Role; label: string | null; locale: Locale }> {
  return previous.filter((p) => !p.revoked).map(({ role, label, locale }) => ({ role, label, locale }));
}
