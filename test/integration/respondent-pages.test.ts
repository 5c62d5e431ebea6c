import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtJson, clientDist } from '../helpers/client-build.js';
import { dataOf } from '../helpers/consultant.js';
import { START } from '../helpers/operations.js';
import { answerAndSubmit } from '../helpers/team.js';
import { postGraphQL, startTestServer, type TestServer } from '../helpers/test-server.js';

/** The client build's description of these pages, with the query texts the app sends. */
const pagesFile = (): { operations: Record<string, string> } => builtJson('respondent-pages.json');

interface Embedded {
  operationName: string;
  variables: Record<string, unknown>;
  body: unknown;
}

/** The page's HTML, its headers, and the responses embedded in it. */
async function openPage(server: TestServer, pagePath: string, headers: Record<string, string> = {}): Promise<{ html: string; response: Response; embedded: Embedded[] }> {
  const response = await fetch(`${server.url}${pagePath}`, { headers });
  const html = await response.text();
  const block = /<script type="application\/json" id="omcheck-embedded-responses">([\s\S]*?)<\/script>/.exec(html);
  return { html, response, embedded: block ? (JSON.parse(block[1]!) as Embedded[]) : [] };
}

/** What `/graphql` answers the app's own query (the same text, by the same HTTP path). */
async function viaGraphql(server: TestServer, operationName: string, variables: Record<string, unknown>): Promise<unknown> {
  const { status: _status, setCookies: _cookies, ...body } = await postGraphQL(server.graphqlUrl, pagesFile().operations[operationName]!, variables);
  return body;
}

/**
 * A respondent's page opened by private link carries the answer to its first query, so the app
 * renders without a request once its code has run: exactly what /graphql answers, never cached,
 * and safe whatever the respondent typed.
 */
describe('respondent pages with their first answer embedded', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => server?.close());

  it("should embed the wizard's session exactly as /graphql answers it, with what the page loads preloaded", async () => {
    const { token, questionnaire } = dataOf(await server.gql<{ startSelfAssessment: { token: string; questionnaire: { key: string; version: string } } }>(START, { input: { role: 'SALES', locale: 'IT' } })).startSelfAssessment;
    const content = `/api/questionnaire-content?key=${questionnaire.key}&amp;version=${questionnaire.version}&amp;locale=`;
    for (const pagePath of [`/r/${token}`, `/r/${token}/review`]) {
      const { html, response, embedded } = await openPage(server, pagePath, { 'accept-language': 'nl-NL,nl;q=0.9' });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('vary')).toContain('Cookie');
      expect(embedded).toEqual([{ operationName: 'RespondentSession', variables: { token }, body: await viaGraphql(server, 'RespondentSession', { token }) }]);
      // Without a language chosen in the app, a link speaks the check-up's language (Italian).
      expect(html).toContain('<html lang="it" dir="ltr">');
      expect(html).toContain(`<link rel="preload" as="fetch" crossorigin href="${content}it">`);
      for (const href of [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!)) {
        expect(fs.existsSync(path.join(clientDist, href)), href).toBe(true);
      }
    }
    // A language chosen in the app (its cookie) wins, right-to-left included.
    const chosen = await openPage(server, `/r/${token}`, { cookie: 'omcheck_locale=fa' });
    expect(chosen.html).toContain('<html lang="fa" dir="rtl">');
    expect(chosen.html).toContain(`${content}fa">`);
  });

  it('should embed the result in the browser\'s language, as /graphql answers it', async () => {
    const { token } = dataOf(await server.gql<{ startSelfAssessment: { token: string } }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment;
    await answerAndSubmit(server, token, 3);
    const { embedded, html } = await openPage(server, `/r/${token}/results`, { 'accept-language': 'de-DE,nl;q=0.8' });
    const variables = { token, locale: 'NL' };
    expect(embedded).toEqual([{ operationName: 'AssessmentResult', variables, body: await viaGraphql(server, 'AssessmentResult', variables) }]);
    expect((embedded[0]!.body as { data: { assessmentResult: { overallScore: number } } }).data.assessmentResult.overallScore).toBeGreaterThan(0);
    expect(html).toContain('<html lang="nl" dir="ltr">');
  });

  it('should keep what a respondent typed inside the data block, whatever it contains', async () => {
    const { token } = dataOf(await server.gql<{ startSelfAssessment: { token: string } }>(START, { input: { role: 'MANAGEMENT', locale: 'EN' } })).startSelfAssessment;
    // `$&`, `$$`, `` $` `` and `$'` are patterns in a replacement string: they must stay text.
    const comment = '</script><script>window.pwned = 1</script><!-- & "quotes" \u2028 costs $$5, $& $` $\' end';
    await answerAndSubmit(server, token, 2, comment);
    const { html, embedded } = await openPage(server, `/r/${token}`);
    expect(html).not.toContain('</script><script>window.pwned');
    expect(html.match(/<\/script>/g)).toHaveLength(html.match(/<script\b/g)!.length);
    const answers = (embedded[0]!.body as { data: { respondentSession: { answers: Array<{ comment: string | null }> } } }).data.respondentSession.answers;
    expect(answers.map((a) => a.comment)).toContain(comment);
  });

  it('should embed the error for an unknown link, as /graphql answers it', async () => {
    const { embedded, html, response } = await openPage(server, '/r/no-such-link/results');
    expect(response.status).toBe(200);
    const variables = { token: 'no-such-link', locale: 'EN' };
    expect(embedded).toEqual([{ operationName: 'AssessmentResult', variables, body: await viaGraphql(server, 'AssessmentResult', variables) }]);
    expect(JSON.stringify(embedded)).toContain('NOT_FOUND');
    expect(html).toContain('<html lang="en" dir="ltr">');
    // No session: nothing to preload, and the wizard gets the error too.
    const wizard = await openPage(server, '/r/no-such-link');
    expect(wizard.embedded.map((e) => e.operationName)).toEqual(['RespondentSession']);
    expect(wizard.html).not.toContain('rel="preload" as="fetch"');
  });

  it('should answer a HEAD with the plain page, running no query', async () => {
    const response = await fetch(`${server.url}/r/no-such-link`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});
