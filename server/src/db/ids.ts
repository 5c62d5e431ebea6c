import { hash, randomBytes, randomUUID } from 'node:crypto';

/** App-generated string ids: the same on every database, no dialect-specific serials. */
export function newId(): string {
  return randomUUID();
}

/**
 * A source of UUIDv7 ids (RFC 9562) in strictly increasing order, for bulk loads: every row then
 * lands next to the one before in each index keyed by an id, instead of at a random place, which
 * cost the portfolio seeder most of its time. The 12-bit counter field numbers the ids within a
 * millisecond; past 4,096 the millisecond field moves on, so the order never breaks. The rest
 * is random. Unlike `newId`, two sources started in the same millisecond give overlapping ranges:
 * for one loader's own rows, not for ids the app hands out.
 */
export function timeOrderedIds(startMs: number = Date.now()): () => string {
  let issued = 0;
  return () => {
    const ms = (startMs + Math.floor(issued / 4096)).toString(16).padStart(12, '0');
    const sequence = (issued % 4096).toString(16).padStart(3, '0');
    issued += 1;
    // From a random v4 UUID: its variant and 62 random bits, as UUIDv7 wants them.
    return `${ms.slice(0, 8)}-${ms.slice(8)}-7${sequence}-${randomUUID().slice(19)}`;
  };
}

/** A bearer token with 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token: SHA-256, hex. Tokens are random, so no salt or slow hash is needed. */
export function hashToken(token: string): string {
  // One-shot hash: no Hash object per call (it runs on every private-link request).
  return hash('sha256', token, 'hex');
}
