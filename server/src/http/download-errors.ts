import { DomainError } from '@omcheck/shared';
import type { Response } from 'express';
import type { Logger } from 'pino';

/** HTTP status for a domain error on a download: the same rules as the API's codes. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429, REPORT_RENDERER_UNAVAILABLE: 503,
};

/**
 * Downloads are opened in a browser: plain text for people, the API's code in `X-Error-Code`.
 * The doors already answer unknown, revoked, expired and another tenant's alike.
 */
export function answerDownloadError(res: Response, err: unknown, logger: Logger): void {
  res.setHeader('Cache-Control', 'no-store');
  if (!(err instanceof DomainError)) {
    logger.error({ err }, 'download failed');
    res.status(500).type('text/plain').send('Something went wrong on our side.');
    return;
  }
  res.setHeader('X-Error-Code', err.code);
  res.status(STATUS[err.code] ?? 400).type('text/plain').send(err.message);
}
