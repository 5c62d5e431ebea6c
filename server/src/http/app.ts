import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import compression from 'compression';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import type { RequestContext } from '../graphql/context.type.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { rejectNulCharacters } from '../graphql/reject-nul.plugin.js';
import { createSchema } from '../graphql/schema.js';
import type { Services } from '../services.js';
import { landingPageRoute } from './landing-page.js';
import { questionnaireContentRoute } from './questionnaire-content.route.js';
import { reportRoutes } from './report.routes.js';
import { respondentPagesRoutes } from './respondent-pages.js';
import { registerExportRoutes } from './exports.routes.js';
import { STREAM_PATH, graphqlStream } from './graphql-stream.js';
import { HttpRequestContext, HttpRequestInfo } from './request-context.js';
import { requestLog } from './request-log.js';
import { sessionCookieWriter, sessionTokenOf } from './session-cookie.js';

export const BODY_LIMIT = '100kb';
/**
 * `importAssessment` carries a whole check-up: ~10 kB per respondent, so 100 kB holds about ten.
 * Its requests say so with this header and may be this large; after parsing, a large body that
 * is not that mutation is refused with 413 like any other.
 */
export const IMPORT_BODY_LIMIT = '5mb';
export const IMPORT_HEADER = 'x-omcheck-import';
const BODY_LIMIT_BYTES = 100 * 1024;

/** Headers of every /graphql response; `no-store` because responses carry answers and results. */
const API_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Cache-Control', 'no-store'],
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

export interface RunningApp {
  httpServer: http.Server;
  /** Stops accepting requests, lets in-flight ones finish, then closes. */
  stop(): Promise<void>;
  url: string;
}

/**
 * One process serves `/graphql`, the built client with SPA fallback, `/healthz` and `/readyz`.
 */
export async function startApp(config: AppConfig, dataSource: DataSource, logger: Logger, services: Services): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag (a hash of every body) on res.send: GraphQL answers and reports are never cached;
  // static files and the questionnaire content set their own.
  app.set('etag', false);
  if (config.trustProxy) app.set('trust proxy', true);
  const httpServer = http.createServer(app);
  let shuttingDown = false;

  const armor = new ApolloArmor({
    // Introspection counts too: the standard introspection query (depth 13) passes, abuse does not.
    maxDepth: { n: 15, ignoreIntrospection: false },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Its token limit turns syntax errors into HTTP 500; Apollo's parser limit is used instead.
    maxTokens: { enabled: false },
    // Masked in the error formatter instead: armor's plugin adds a hook to every request.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const schema = await createSchema();
  const formatError = createErrorFormatter(logger, { hideFieldSuggestions: config.env === 'production' });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: 1000 },
    validationRules: protection.validationRules,
    formatError,
    persistedQueries: false,
    // main.ts owns shutdown (drain, close services, log "stopped cleanly"). Apollo's own SIGTERM
    // handler, on outside NODE_ENV=test, raced it: SQLite exited before the last log line,
    // PostgreSQL hung until the shutdown timeout.
    stopOnTerminationSignals: false,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS declarations; the objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      rejectNulCharacters<RequestContext>(),
      ...(config.env === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  // Workshop events from every instance (PostgreSQL LISTEN) before the first subscriber comes.
  await services.workshopEvents.start();

  app.use(requestLog(logger));
  const pageHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Private links are in URLs: never send them to other sites.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
  // /graphql answers JSON that no browser renders: the short API set (OWASP REST cheat sheet)
  // instead of the page policy, which costs a dozen headers on every autosave.
  app.use((req, res, next) => {
    if (req.path !== '/graphql' && req.path !== STREAM_PATH) {
      pageHeaders(req, res, next);
      return;
    }
    for (const [name, value] of API_HEADERS) res.setHeader(name, value);
    next();
  });

  const compress = compression();
  // /graphql decides after reading the body (below); event streams are never compressed
  // (compression buffers, and an event must reach the screen at once).
  app.use((req, res, next) => (req.path === '/graphql' || req.path === STREAM_PATH ? next() : compress(req, res, next)));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) {
      res.status(503).json({ status: 'shutting-down' });
      return;
    }
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: dataSource.options.type });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'database-unavailable' });
    }
  });

  const json = express.json({ limit: BODY_LIMIT });
  const contextOf = (req: express.Request, res: express.Response): RequestContext =>
    new HttpRequestContext(
      services,
      new HttpRequestInfo(req, config.publicUrl),
      sessionCookieWriter(req, res),
      () => sessionTokenOf(req),
    );
  // Live workshop updates: GraphQL subscriptions over Server-Sent Events, same context as /graphql.
  app.post(
    STREAM_PATH,
    json,
    graphqlStream({ schema, validationRules: protection.validationRules, context: contextOf, formatError, closing: () => shuttingDown, logger }),
  );
  const importJson = express.json({ limit: IMPORT_BODY_LIMIT, verify: (req, _res, buf) => void ((req as { bodyBytes?: number }).bodyBytes = buf.length) });
  app.use(
    '/graphql',
    (req, res, next) => {
      if (!req.headers[IMPORT_HEADER]) return json(req, res, next);
      importJson(req, res, (err?: unknown) => {
        if (err || ((req as { bodyBytes?: number }).bodyBytes ?? 0) <= BODY_LIMIT_BYTES || isImport(req.body)) return next(err);
        next(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' }));
      });
    },
    // The autosave answers a few dozen bytes, and wrapping its response for compression is a
    // measurable cost on the busiest path; everything else (questionnaires, results) is compressed.
    (req, res, next) => (isAutosave(req.body) ? next() : compress(req, res, next)),
    expressMiddleware(apollo, { context: async ({ req, res }): Promise<RequestContext> => contextOf(req, res) }),
  );

  app.use(questionnaireContentRoute(services, apollo));
  app.use(reportRoutes(services, logger));
  registerExportRoutes(app, services, logger);
  app.use(respondentPagesRoutes(config.clientDistDir, apollo, contextOf));
  serveClient(app, config.clientDistDir, logger);
  app.use(jsonErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  return {
    httpServer,
    url: `http://${host}:${port}`,
    async stop() {
      shuttingDown = true;
      // Open event streams complete now, so draining the server does not wait for them.
      services.workshopStreams.closeAll();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** True for a POSTed mutation whose (first) field is `saveAnswers`; anything unclear is compressed. */
export function isAutosave(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*mutation\b[^{]*\{\s*saveAnswers\b/.test(query);
}

/** True for a POSTed mutation whose (first) field is `importAssessment`. */
function isImport(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*mutation\b[^{]*\{\s*importAssessment\b/.test(query);
}

/** The built SPA: hashed assets cached for a year, every other GET falls back to index.html. */
function serveClient(app: express.Express, distDir: string, logger: Logger): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    logger.warn({ distDir }, 'client build not found; run `pnpm build` to serve the web app');
  }
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  // A missing asset is a plain 404 that names nothing on the server's disk.
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found.');
  });
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get('/', landingPageRoute(distDir));
  app.get('/{*splat}', (req, res) => {
    if (!fs.existsSync(indexFile)) {
      res.status(503).type('text/plain').send('The web client is not built yet. Run `pnpm build`, then restart.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
}

/** Errors outside GraphQL (oversized or malformed bodies) answer in the GraphQL error shape. */
function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { status?: number; type?: string; message?: string }, _req, res, _next) => {
    const status = err.status ?? 500;
    if (status >= 500) logger.error({ err }, 'unhandled HTTP error');
    const message =
      err.type === 'entity.too.large'
        ? `The request is too large (limit ${BODY_LIMIT}). Send fewer answers at a time.`
        : err.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : status >= 500
            ? 'Something went wrong on our side.'
            : (err.message ?? 'Bad request.');
    res.status(status).json({ errors: [{ message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
}
