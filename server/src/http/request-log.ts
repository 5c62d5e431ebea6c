import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * Private links carry tokens in the path (respondents, member invitations, workshop codes) and GET requests
 * can carry them in the query string (`variables={"token":…}`): log the path only, redacted.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const [pathname, query] = url.split('?', 2);
  return pathname!.replace(/\/(r|join|s|w)\/[^/#]+/, '/$1/[redacted]') + (query === undefined ? '' : '?[redacted]');
}

/**
 * One line per finished request: successes at debug, refusals (4xx) at warn, failures and
 * aborted requests at error/warn. Written when the response closes, with no per-request child
 * logger or serializer run unless the line is actually written — pino-http did both on every
 * request, a measurable share of the autosave's time.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (req.url === '/healthz' || req.url === '/readyz') {
      next();
      return;
    }
    const started = performance.now();
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 || aborted ? 'warn' : 'debug';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { method: req.method, url: redactUrl(req.originalUrl) },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        aborted ? 'request aborted' : 'request completed',
      );
    });
    next();
  };
}
