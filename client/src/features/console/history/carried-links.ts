/**
 * The private links "Start the next check-up" made for the roles invited last time. They are in
 * that mutation's answer only (the server keeps them hashed), so they are handed over here to the
 * new check-up's page, which shows them once, like links it made itself.
 */
export interface CarriedInvitation {
  id: string;
  role: string;
  label: string | null;
  token: string | null;
  url: string | null;
}

const carried = new Map<string, CarriedInvitation[]>();

/** Keeps a new check-up's links until its page takes them. */
export function carryLinks(assessmentId: string, invitations: readonly CarriedInvitation[]): void {
  if (invitations.length > 0) carried.set(assessmentId, [...invitations]);
}

/** The links kept for a check-up, once: a second call (a reload, going back) gets none. */
export function takeCarriedLinks(assessmentId: string): CarriedInvitation[] {
  const links = carried.get(assessmentId) ?? [];
  carried.delete(assessmentId);
  return links;
}
