/**
 * Where to go after signing in: the `next` query when it is a path inside this app, else the
 * console. Anything that could leave the site (`//evil`, `https:`, `/\evil`) is ignored.
 */
export function safeNextPath(next: unknown, fallback = '/console'): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return fallback;
  if (next.startsWith('//') || next.startsWith('/\\') || [...next].some((c) => c.charCodeAt(0) < 0x20)) return fallback;
  return next;
}
