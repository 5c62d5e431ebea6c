/**
 * The participant token of a workshop, kept on the phone by join code: a reload, a lost
 * connection or a second visit to `/w/<code>` continues as the same anonymous participant
 * instead of joining twice. Storage may be blocked (private mode): then the tab keeps it.
 */
const memory = new Map<string, string>();
const keyOf = (code: string): string => `omcheck.workshop.${normalizeCode(code)}`;

/** Codes are case-insensitive and typed by hand: trim and uppercase, as the server does. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The token this phone got when it joined the workshop with `code`, if any. */
export function storedToken(code: string): string | null {
  try {
    const value = localStorage.getItem(keyOf(code));
    if (value) return value;
  } catch {
    // Storage blocked: fall back to the tab's memory.
  }
  return memory.get(keyOf(code)) ?? null;
}

export function storeToken(code: string, token: string): void {
  memory.set(keyOf(code), token);
  try {
    localStorage.setItem(keyOf(code), token);
  } catch {
    // Kept for this tab only.
  }
}

/** Forgets the token (the workshop is gone): the page offers to join again. */
export function forgetToken(code: string): void {
  memory.delete(keyOf(code));
  try {
    localStorage.removeItem(keyOf(code));
  } catch {
    // Nothing stored.
  }
}
