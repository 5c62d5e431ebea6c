/** Most invitations one request may create (the server's limit). */
export const MAX_INVITATIONS = 50;

export type LabelsOutcome = { ok: true; labels: string[] } | { ok: false; error: 'count' | 'labels' | 'tooMany' };

/**
 * The `labels` of `inviteRespondents`: either `count` unlabelled links ("" each), or one link
 * per non-empty line of `text` (e.g. the people's names or functions), at most 50.
 */
export function invitationLabels(mode: 'count' | 'labels', count: number, text: string): LabelsOutcome {
  if (mode === 'count') {
    if (!Number.isInteger(count) || count < 1) return { ok: false, error: 'count' };
    if (count > MAX_INVITATIONS) return { ok: false, error: 'tooMany' };
    return { ok: true, labels: Array.from({ length: count }, () => '') };
  }
  const labels = text
    .split(/\r?\n/)
    .map((line) => line.trim().slice(0, 100))
    .filter((line) => line.length > 0);
  if (labels.length === 0) return { ok: false, error: 'labels' };
  if (labels.length > MAX_INVITATIONS) return { ok: false, error: 'tooMany' };
  return { ok: true, labels };
}
