import { hash, randomBytes, randomUUID } from 'node:crypto';

/** App-generated string ids: the same on every database, no dialect-specific serials. */
export function newId(): string {
  return randomUUID();
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
