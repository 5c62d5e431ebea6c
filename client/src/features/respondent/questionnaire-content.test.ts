import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type ContentModule = typeof import('./questionnaire-content');

/** The server's answer for a content request: the latest version unless the URL pins one. */
function contentServer(latest: string, { failLatest = false } = {}) {
  const requested: string[] = [];
  const fetchStub = vi.fn(async (url: string) => {
    requested.push(url);
    const query = new URL(url, 'http://app.test').searchParams;
    if (failLatest && !query.has('version')) return new Response('down', { status: 503 });
    const content = { key: query.get('key') ?? 'om-health-check', version: query.get('version') ?? latest, locale: query.get('locale')!.toUpperCase(), title: 'T', dimensions: [] };
    return new Response(JSON.stringify(content), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requested };
}

describe('questionnaire content fetched before a check-up starts', () => {
  let content: ContentModule;
  beforeEach(async () => {
    // The cache lives as long as the page: a fresh module per test.
    vi.resetModules();
    content = await import('./questionnaire-content');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('should serve the started version from the content fetched during the intake, without asking again', async () => {
    const server = contentServer('2.0.0');
    content.prefetchStartingContent('EN');
    content.prefetchStartingContent('EN');
    await content.prefetchQuestionnaireContent({ key: 'om-health-check', version: '2.0.0', locale: 'EN' });
    expect(server.requested).toEqual(['/api/questionnaire-content?locale=en']);
  });

  it('should fetch the started version itself when another version was published meanwhile', async () => {
    const server = contentServer('2.1.0');
    content.prefetchStartingContent('EN');
    await content.prefetchQuestionnaireContent({ key: 'om-health-check', version: '2.0.0', locale: 'EN' });
    expect(server.requested).toEqual(['/api/questionnaire-content?locale=en', '/api/questionnaire-content?key=om-health-check&version=2.0.0&locale=en']);
  });

  it('should fetch the started version itself when the early fetch failed, and try the early one again later', async () => {
    const server = contentServer('2.0.0', { failLatest: true });
    content.prefetchStartingContent('NL');
    await content.prefetchQuestionnaireContent({ key: 'om-health-check', version: '2.0.0', locale: 'NL' });
    expect(server.requested).toEqual(['/api/questionnaire-content?locale=nl', '/api/questionnaire-content?key=om-health-check&version=2.0.0&locale=nl']);
    content.prefetchStartingContent('NL');
    expect(server.requested).toHaveLength(3);
  });

  it('should keep languages apart: content fetched in English is not used for a Dutch check-up', async () => {
    const server = contentServer('2.0.0');
    content.prefetchStartingContent('EN');
    await content.prefetchQuestionnaireContent({ key: 'om-health-check', version: '2.0.0', locale: 'NL' });
    expect(server.requested).toEqual(['/api/questionnaire-content?locale=en', '/api/questionnaire-content?key=om-health-check&version=2.0.0&locale=nl']);
  });
});
