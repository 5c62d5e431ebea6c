import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import { RTL_LOCALES, isLocale, type Locale } from '@omcheck/shared';
import type { RequestContext } from '../graphql/context.type.js';
import { escapeHtml } from '../modules/report/html.js';
import { chosenLocale, landingLocale } from './landing-page.js';

/** The element the client reads the embedded answers from (`client/src/app/embedded-responses.ts`). */
export const EMBEDDED_RESPONSES_ID = 'omcheck-embedded-responses';

type PageName = 'wizard' | 'review' | 'results';

/** The respondent's pages by private link, as the client's router names them. */
export const RESPONDENT_PAGE_PATHS: Readonly<Record<PageName, string>> = {
  wizard: '/r/:token',
  review: '/r/:token/review',
  results: '/r/:token/results',
};

/** What the client build writes about these pages (`client/scripts/respondent-pages.mjs`). */
interface RespondentPagesFile {
  /** Query text by name, exactly as the app sends it. */
  operations: Record<string, string>;
  pages: Record<PageName, { query: string; scripts: string[]; stylesheets: string[]; messages: Record<Locale, string[]> }>;
}

interface PageFiles {
  template: string;
  pages: RespondentPagesFile;
}

interface EmbeddedPage {
  locale: Locale;
  embedded: { operationName: string; variables: Record<string, unknown>; body: unknown } | null;
  /** A request the app will make once its code runs, started with the page instead. */
  contentUrl: string | null;
}

/** JSON inside a `<script>` data block: `<` escaped, so no `</script>` or `<!--` can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * `GET /r/:token`, `…/review` and `…/results`: the app's page with the answer to the page's
 * first query inside it, and that page's code, styles, messages and questionnaire content
 * preloaded. The app renders as soon as its code has run, instead of requesting its data only
 * then (a round trip, two for the wizard's content, on a slow phone network). The answer is
 * exactly what `/graphql` gives the same request, errors included; the page is `no-store` as it
 * carries answers. Falls through to the plain SPA page when the build has no `respondent-pages.json`.
 */
export function respondentPagesRoutes(distDir: string, apollo: ApolloServer<RequestContext>, contextOf: (req: express.Request, res: express.Response) => RequestContext): express.Router {
  const router = express.Router();
  /** The build's files, read for each page like the SPA fallback reads index.html: a rebuilt client is served at once. */
  function pageFiles(): PageFiles | null {
    try {
      return {
        template: fs.readFileSync(path.join(distDir, 'index.html'), 'utf8'),
        pages: JSON.parse(fs.readFileSync(path.join(distDir, 'respondent-pages.json'), 'utf8')) as RespondentPagesFile,
      };
    } catch {
      return null;
    }
  }

  async function answer(req: express.Request, res: express.Response, query: string, operationName: string, variables: Record<string, unknown>): Promise<unknown> {
    try {
      const response = await apollo.executeOperation({ query, operationName, variables }, { contextValue: contextOf(req, res) });
      return response.body.kind === 'single' ? response.body.singleResult : null;
    } catch {
      // The app asks for itself, and shows what goes wrong then.
      return null;
    }
  }

  /** The page's first answer, in the language the app will show it in (it decides the same way). */
  async function embed(req: express.Request, res: express.Response, name: PageName, { pages }: PageFiles): Promise<EmbeddedPage> {
    const token = String(req.params['token']);
    const browserLocale = landingLocale(req.headers.cookie, req.headers['accept-language']);
    const operationName = pages.pages[name].query;
    const query = pages.operations[operationName];
    if (!query) return { locale: browserLocale, embedded: null, contentUrl: null };
    if (name === 'results') {
      const variables = { token, locale: browserLocale.toUpperCase() };
      const body = await answer(req, res, query, operationName, variables);
      return { locale: browserLocale, embedded: body ? { operationName, variables, body } : null, contentUrl: null };
    }
    const variables = { token };
    const body = await answer(req, res, query, operationName, variables);
    const session = (body as { data?: { respondentSession?: { locale: string; questionnaire: { key: string; version: string } } | null } } | null)?.data?.respondentSession;
    // A link opened without a choice of language speaks the check-up's (respondent-store.ts).
    const sessionLocale = session?.locale.toLowerCase();
    const locale = chosenLocale(req.headers.cookie) ?? (sessionLocale && isLocale(sessionLocale) ? sessionLocale : browserLocale);
    const contentUrl = session
      ? `/api/questionnaire-content?${new URLSearchParams({ key: session.questionnaire.key, version: session.questionnaire.version, locale })}`
      : null;
    return { locale, embedded: body ? { operationName, variables, body } : null, contentUrl };
  }

  for (const [name, routePath] of Object.entries(RESPONDENT_PAGE_PATHS) as [PageName, string][]) {
    router.get(routePath, async (req, res, next) => {
      // A HEAD (a link checker) gets the plain page: no query for a body nobody reads.
      if (req.method === 'HEAD') return next();
      const found = pageFiles();
      if (!found) return next();
      const page = found.pages.pages[name];
      const { locale, embedded, contentUrl } = await embed(req, res, name, found);
      const links = [
        ...page.stylesheets.map((href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(href)}">`),
        ...[...page.scripts, ...page.messages[locale]].map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`),
        ...(contentUrl ? [`<link rel="preload" as="fetch" crossorigin href="${escapeHtml(contentUrl)}">`] : []),
      ];
      // Replacements are functions: a replacement string would read `$&`, `$$` or `` $` `` in
      // what a respondent typed as patterns.
      const html = found.template
        .replace('<html lang="en" dir="ltr">', () => `<html lang="${locale}" dir="${RTL_LOCALES.has(locale) ? 'rtl' : 'ltr'}">`)
        .replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`)
        .replace(
          '<div id="app"></div>',
          () => `<div id="app"></div>${embedded ? `\n    <script type="application/json" id="${EMBEDDED_RESPONSES_ID}">${scriptJson([embedded])}</script>` : ''}`,
        );
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Vary', 'Accept-Language, Cookie');
      res.type('html').send(html);
    });
  }
  return router;
}
