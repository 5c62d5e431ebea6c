import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../helpers/consultant.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

const CONTENT = /* GraphQL */ `
  query QuestionnaireContent($key: String!, $version: String, $locale: Locale) {
    questionnaire(key: $key, version: $version, locale: $locale) {
      key version locale title
      dimensions { id title description questions { id dimensionId kind prompt help roles showIf maxLength options { id kind label score } } }
    }
  }`;

/** Questionnaire content as a cacheable GET: what every respondent loads before the first question. */
describe('GET /api/questionnaire-content', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  it('should answer exactly what the GraphQL query answers, in every language, cacheable for a year when pinned to a version', async () => {
    for (const locale of ['en', 'it', 'nl', 'fa']) {
      const viaGraphql = dataOf(await server.gql<{ questionnaire: unknown }>(CONTENT, { key: 'om-health-check', version: '1.1.0', locale: locale.toUpperCase() })).questionnaire;
      const response = await fetch(`${server.url}/api/questionnaire-content?key=om-health-check&version=1.1.0&locale=${locale}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await response.json()).toEqual(viaGraphql);
    }
  });

  it('should answer 304 to a matching ETag, and keep the latest version revalidated', async () => {
    const first = await fetch(`${server.url}/api/questionnaire-content?version=1.0.0&locale=nl`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${server.url}/api/questionnaire-content?version=1.0.0&locale=nl`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const latest = await fetch(`${server.url}/api/questionnaire-content`);
    expect(latest.headers.get('cache-control')).toBe('public, max-age=300');
    expect(((await latest.json()) as { version: string }).version).toBe('1.1.0');
  });

  it('should refuse an unknown language or version clearly', async () => {
    const language = await fetch(`${server.url}/api/questionnaire-content?locale=de`);
    expect([language.status, await language.text()]).toEqual([400, expect.stringMatching(/en, it, nl or fa/)]);
    const version = await fetch(`${server.url}/api/questionnaire-content?version=9.9.9`);
    expect([version.status, await version.text()]).toEqual([404, expect.stringMatching(/no version "9\.9\.9"/)]);
  });
});
