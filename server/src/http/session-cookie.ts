import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionCookieWriter } from '../graphql/context.type.js';

export const SESSION_COOKIE = 'omcheck_session';

/** The session token from the request's cookies, if any. */
export function sessionTokenOf(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[SESSION_COOKIE] : undefined;
}

/**
 * httpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), Secure when the
 * request came over HTTPS — `req.secure` honours X-Forwarded-Proto only with TRUST_PROXY on.
 */
export function sessionCookieWriter(req: Request, res: Response): SessionCookieWriter {
  // Read when a cookie is written (sign-in and sign-out), not on every request: `req.secure` costs.
  const options = (expires: Date) => ({ httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/', expires });
  return {
    set(token, expiresAt) {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, token, options(expiresAt)));
    },
    clear() {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, '', options(new Date(0))));
    },
  };
}
