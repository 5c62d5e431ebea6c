import type { Locale } from '@omcheck/shared';
import express, { type Request } from 'express';
import type { Logger } from 'pino';
import { contentDisposition, downloadName } from '../files/download-name.js';
import type { PreparedReport } from '../modules/report/report.service.js';
import { reportFontCss } from '../modules/report/report-fonts.js';
import { renderDeck } from '../modules/report/render-deck.js';
import { renderReportHtml } from '../modules/report/render-html.js';
import type { Services } from '../services.js';
import { answerDownloadError } from './download-errors.js';
import { localeQuery } from './locale-query.js';
import { sessionTokenOf } from './session-cookie.js';

/** Every report address, with who may open it; the authorization matrix test walks this list. */
export const REPORT_ROUTES = [
  { path: '/a/:assessmentId/report', door: 'consultant', format: 'html' },
  { path: '/a/:assessmentId/report.pdf', door: 'consultant', format: 'pdf' },
  { path: '/a/:assessmentId/report.pptx', door: 'consultant', format: 'pptx' },
  { path: '/r/:token/report', door: 'respondent', format: 'html' },
  { path: '/r/:token/report.pdf', door: 'respondent', format: 'pdf' },
  { path: '/s/:token', door: 'share', format: 'html' },
  { path: '/s/:token/report.pdf', door: 'share', format: 'pdf' },
] as const;

type Door = (typeof REPORT_ROUTES)[number]['door'];

const PRINT_SCRIPT = "document.querySelector('[data-print]')?.addEventListener('click', () => window.print());\n";

/**
 * The web report, its PDF and deck, and the respondent's PDF at fixed addresses (`?locale=en|it|nl|fa`).
 * Reports are private: `no-store`, never indexed. PDF renders count against a rate limit per
 * address. Another workspace's check-up, an unknown, revoked or expired link: all plain 404.
 */
export function reportRoutes(services: Services, logger: Logger): express.Router {
  const router = express.Router();

  router.get('/report-assets/report.js', (_req, res) => {
    res.type('text/javascript').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(PRINT_SCRIPT);
  });

  for (const route of REPORT_ROUTES) {
    router.get(route.path, async (req, res) => {
      try {
        const locale = localeQuery(req.query.locale);
        if (route.format !== 'html') await services.limits.consume('reportDownload', req.ip ?? 'unknown');
        const report = await prepare(services, route.door, req, locale);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('X-Robots-Tag', 'noindex');
        if (route.format === 'html') {
          // /a/{id}/report and /r/{token}/report → ….pdf; /s/{token} → /s/{token}/report.pdf.
          const pdfHref = `${req.path.replace(/\/$/, '')}${route.door === 'share' ? '/report.pdf' : '.pdf'}?locale=${report.model.locale}`;
          res.type('html').send(renderReportHtml(report.model, { fontCss: reportFontCss(), pdfHref, scriptSrc: '/report-assets/report.js' }));
          return;
        }
        if (route.format === 'pptx') {
          const deck = await renderDeck(report.model);
          res.type('pptx').setHeader('Content-Disposition', contentDisposition(downloadName(report.clientName, report.scoredAt, 'pptx')));
          res.send(deck);
          return;
        }
        const pdf = await services.pdf.render(renderReportHtml(report.model, { fontCss: reportFontCss() }));
        res.type('application/pdf').setHeader('Content-Disposition', contentDisposition(downloadName(report.clientName, report.scoredAt, 'pdf')));
        res.send(pdf);
      } catch (err) {
        answerDownloadError(res, err, logger);
      }
    });
  }
  return router;
}

async function prepare(services: Services, door: Door, req: Request, locale: Locale | null): Promise<PreparedReport> {
  const param = (name: string): string => String(req.params[name] ?? '');
  switch (door) {
    case 'consultant':
      return services.reports.forConsultant(await services.accounts.actorOf(sessionTokenOf(req)), param('assessmentId'), locale);
    case 'respondent':
      return services.reports.forRespondent(param('token'), locale);
    case 'share':
      return services.reports.forShareLink(param('token'), locale);
  }
}
