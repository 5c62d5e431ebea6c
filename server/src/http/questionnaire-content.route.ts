import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DEFAULT_QUESTIONNAIRE_KEY, DomainError } from '@omcheck/shared';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { RequestContext } from '../graphql/context.type.js';
import type { Services } from '../services.js';
import { localeQuery } from './locale-query.js';

/** The fields the web client shows; the same selection as its GraphQL query, so the shapes match. */
const CONTENT_QUERY = `query QuestionnaireContent($key: String!, $version: String, $locale: Locale) {
  questionnaire(key: $key, version: $version, locale: $locale) {
    key version locale title
    dimensions { id title description questions { id dimensionId kind prompt help roles showIf maxLength options { id kind label score } } }
  }
}`;

interface Rendered {
  json: Buffer;
  gzip: Buffer;
  etag: string;
}

/**
 * A published questionnaire version never changes, so its content in one language is rendered
 * through the GraphQL schema once per process, compressed once, and served as a plain GET that
 * browsers and proxies may cache for a year: every respondent loads it, and executing and
 * compressing ~100 KB of GraphQL for each of them was most of the cost of starting.
 * `GET /api/questionnaire-content?key=…&version=…&locale=en` → the `questionnaire` object.
 */
export function questionnaireContentRoute(services: Services, apollo: ApolloServer<RequestContext>): express.Router {
  const router = express.Router();
  // Immutable content only (key, version, locale): a cache, not state.
  const rendered = new Map<string, Rendered>();

  router.get('/api/questionnaire-content', async (req, res) => {
    try {
      const key = typeof req.query.key === 'string' && req.query.key ? req.query.key : DEFAULT_QUESTIONNAIRE_KEY;
      const version = typeof req.query.version === 'string' && req.query.version ? req.query.version : null;
      const locale = localeQuery(req.query.locale) ?? 'en';
      await services.questionnaires.ensureLoaded(key);
      const questionnaire = services.questionnaires.get(key, version);
      const cacheKey = `${questionnaire.key}\n${questionnaire.version}\n${locale}`;
      let content = rendered.get(cacheKey);
      if (!content) {
        const response = await apollo.executeOperation<{ questionnaire: unknown }>(
          { query: CONTENT_QUERY, variables: { key: questionnaire.key, version: questionnaire.version, locale: locale.toUpperCase() } },
          // The questionnaire resolver reads only the services.
          { contextValue: { services } as unknown as RequestContext },
        );
        const result = response.body.kind === 'single' ? response.body.singleResult : null;
        if (!result?.data || result.errors?.length) throw new Error(`questionnaire content failed: ${JSON.stringify(result?.errors)}`);
        const json = Buffer.from(JSON.stringify(result.data.questionnaire));
        content = { json, gzip: gzipSync(json, { level: 9 }), etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
        rendered.set(cacheKey, content);
      }
      // Pinned to a version: immutable. The latest version may move on: revalidate.
      res.setHeader('Cache-Control', version ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
      res.setHeader('ETag', content.etag);
      res.setHeader('Vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === content.etag) {
        res.status(304).end();
        return;
      }
      res.type('application/json; charset=utf-8');
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.setHeader('Content-Encoding', 'gzip');
        res.send(content.gzip);
      } else {
        res.send(content.json);
      }
    } catch (err) {
      const status = err instanceof DomainError ? (err.code === 'NOT_FOUND' ? 404 : 400) : 500;
      res.status(status).type('text/plain').setHeader('Cache-Control', 'no-store');
      res.send(err instanceof DomainError ? err.message : 'Something went wrong on our side.');
    }
  });
  return router;
}
