import type { Actor } from '../modules/access/actor.js';
import type { Loaders } from './loaders.js';
import type { Services } from '../services.js';

/** Facts of the HTTP request a resolver may need. */
export interface RequestInfo {
  /** The client address (behind a proxy only when TRUST_PROXY is on): the rate-limit key. */
  ip: string;
  /** Where links the server hands out point to: PUBLIC_URL, else this request's origin. */
  origin: string;
}

/** Sets and clears the session cookie on the response. */
export interface SessionCookieWriter {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Per-request context: services, the actor (resolved at most once), loaders, cookies. */
export interface RequestContext {
  services: Services;
  actor(): Promise<Actor | null>;
  request: RequestInfo;
  sessionCookie: SessionCookieWriter;
  loaders: Loaders;
}
