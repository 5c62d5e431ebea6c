import type express from 'express';
import type { Logger } from 'pino';
import { contentDisposition, downloadName } from '../files/download-name.js';
import { type CheckupFileFormatName, renderCheckupFile } from '../modules/exchange/checkup-files.js';
import type { Services } from '../services.js';
import { answerDownloadError } from './download-errors.js';
import { localeQuery } from './locale-query.js';
import { sessionTokenOf } from './session-cookie.js';

/** A download at a fixed address, opened with the consultant's session cookie. */
export interface DownloadRoute {
  path: string;
  format: CheckupFileFormatName;
}

/**
 * Every download route, in one table: `registerExportRoutes` serves exactly these, and the
 * authorization matrix test iterates them, so a new download cannot skip the matrix.
 */
export const DOWNLOAD_ROUTES: readonly DownloadRoute[] = [
  { path: '/a/:assessmentId/export.csv', format: 'csv' },
  { path: '/a/:assessmentId/export.json', format: 'json' },
];

/**
 * Serves the check-up downloads under the same tenancy rules as the API: the session cookie
 * resolves to an actor, the access guard decides: another workspace's check-up and a missing id
 * are the same 404, no session is 401 (sign in), as in the API.
 */
export function registerExportRoutes(app: express.Express, services: Services, logger: Logger): void {
  for (const route of DOWNLOAD_ROUTES) {
    app.get(route.path, async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        const locale = localeQuery(req.query['locale']);
        const actor = await services.accounts.actorOf(sessionTokenOf(req));
        const exported = await services.exchange.exportFor(actor, String(req.params['assessmentId']), locale);
        const file = await renderCheckupFile(route.format, exported);
        res.setHeader('Content-Type', file.contentType);
        res.setHeader('Content-Disposition', contentDisposition(downloadName(exported.clientName, exported.exportedAt, file.extension)));
        res.send(file.body);
      } catch (err) {
        answerDownloadError(res, err, logger);
      }
    });
  }
}
