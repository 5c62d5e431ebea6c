import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';

type ContentModule = typeof import('./questionnaire-content');

/** The server's answer for a content request: the latest version unless the URL pins one. */
function contentServer(latest: string, { failLatest = false, stallLatest = false } = {}) {
  const requested: string[] = [];
  const fetchStub = vi.fn(async (url: string) => {
    requested.push(url);
    const query = new URL(url, 'http://app.test').searchParams;
    if (failLatest && !query.has('version')) return new Response('down', { status: 503 });
    if (stallLatest && !query.has('version')) return new Promise<Response>(() => undefined);
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
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

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

  it('should show the started version at once when the early fetch has already arrived', async () => {
    const server = contentServer('2.0.0');
    await content.prefetchStartingContent('FA');
    const shown = content.useQuestionnaireContent(ref({ key: 'om-health-check', version: '2.0.0', locale: 'FA' as const }));
    expect(shown.content.value?.version).toBe('2.0.0');
    expect(server.requested).toEqual(['/api/questionnaire-content?locale=fa']);
  });

  it('should not let an early fetch that never answers hold the started version back', async () => {
    vi.useFakeTimers();
    const server = contentServer('2.0.0', { stallLatest: true });
    content.prefetchStartingContent('EN');
    const started = content.prefetchQuestionnaireContent({ key: 'om-health-check', version: '2.0.0', locale: 'EN' });
    await vi.advanceTimersByTimeAsync(content.EARLY_FETCH_WAIT_MS - 1);
    expect(server.requested).toEqual(['/api/questionnaire-content?locale=en']);
    await vi.advanceTimersByTimeAsync(1);
    await started;
    expect(server.requested).toEqual(['/api/questionnaire-content?locale=en', '/api/questionnaire-content?key=om-health-check&version=2.0.0&locale=en']);
  });

  it('should ask for the latest version again at the next intake once the early one turned out older', async () => {
    const server = contentServer('2.1.0');
    content.prefetchStartingContent('IT');
    await content.prefetchQuestionnaireContent({ key: 'om-health-check', version: '2.2.0', locale: 'IT' });
    content.prefetchStartingContent('IT');
    expect(server.requested).toEqual([
      '/api/questionnaire-content?locale=it',
      '/api/questionnaire-content?key=om-health-check&version=2.2.0&locale=it',
      '/api/questionnaire-content?locale=it',
    ]);
  });
});
