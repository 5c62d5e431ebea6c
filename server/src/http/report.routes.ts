import { DomainError, isLocale, type Locale } from '@omcheck/shared';
import express, { type Request } from 'express';
import type { Logger } from 'pino';
import type { PreparedReport } from '../modules/report/report.service.js';
import { reportFontCss } from '../modules/report/report-fonts.js';
import { renderDeck } from '../modules/report/render-deck.js';
import { renderReportHtml } from '../modules/report/render-html.js';
import type { Services } from '../services.js';
import { answerDownloadError } from './download-errors.js';
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
        const locale = localeOf(req);
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
          res.attachment(`${report.fileBase}.pptx`).send(await renderDeck(report.model));
          return;
        }
        const pdf = await services.pdf.render(renderReportHtml(report.model, { fontCss: reportFontCss() }));
        res.attachment(`${report.fileBase}.pdf`).type('application/pdf').send(pdf);
      } catch (err) {
        answerDownloadError(res, err, logger);
      }
    });
  }
  return router;
}

function localeOf(req: Request): Locale | null {
  const value = req.query.locale;
  if (value === undefined) return null;
  if (typeof value === 'string' && isLocale(value)) return value;
  throw new DomainError('BAD_USER_INPUT', 'Unknown locale: use ?locale=en, it, nl or fa.');
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
