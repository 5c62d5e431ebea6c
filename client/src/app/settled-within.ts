/**
 * What `promise` resolves to if it settles within `ms`, else null; a late promise goes on
 * unwatched. For work a page may wait for a moment but must not hang on (a request without a
 * timeout).
 */
export async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([promise, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
