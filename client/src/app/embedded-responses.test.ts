import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_RESPONSES_ID, discardEmbeddedResponses, resetEmbeddedResponses, takeEmbeddedResponse } from './embedded-responses';
import { fetchOperation, graphqlFetch } from './graphql-fetch';

const SESSION = fetchOperation<{ respondentSession: { token: string } }, { token: string }>('query RespondentSession($token: String!) { respondentSession(token: $token) { token } }');

/** A document with the server's data block (as `server/src/http/respondent-pages.ts` writes it). */
function pageWith(text: string | null): { removed: () => boolean } {
  let removed = false;
  const element = { textContent: text, remove: () => void (removed = true) };
  vi.stubGlobal('document', { getElementById: (id: string) => (id === EMBEDDED_RESPONSES_ID && text !== null ? element : null) });
  return { removed: () => removed };
}

describe('responses embedded in a respondent page', () => {
  beforeEach(() => resetEmbeddedResponses());
  afterEach(() => vi.unstubAllGlobals());

  it('should give an embedded response once, for its operation and variables in any key order', () => {
    const page = pageWith(JSON.stringify([{ operationName: 'AssessmentResult', variables: { token: 't', locale: 'NL' }, body: { data: { n: 1 } } }]));
    expect(takeEmbeddedResponse('AssessmentResult', { token: 't', locale: 'EN' })).toBeUndefined();
    expect(takeEmbeddedResponse('RespondentSession', { token: 't', locale: 'NL' })).toBeUndefined();
    expect(takeEmbeddedResponse('AssessmentResult', { locale: 'NL', token: 't' })).toEqual({ data: { n: 1 } });
    expect(takeEmbeddedResponse('AssessmentResult', { locale: 'NL', token: 't' })).toBeUndefined();
    expect(page.removed()).toBe(true);
  });

  it('should give nothing once the first page has shown, even what it did not take', () => {
    pageWith(JSON.stringify([{ operationName: 'AssessmentResult', variables: { token: 't', locale: 'NL' }, body: { data: { n: 1 } } }]));
    discardEmbeddedResponses();
    expect(takeEmbeddedResponse('AssessmentResult', { token: 't', locale: 'NL' })).toBeUndefined();
  });

  it('should answer nothing for a page without the block, or with a damaged one', () => {
    pageWith(null);
    expect(takeEmbeddedResponse('RespondentSession', { token: 't' })).toBeUndefined();
    resetEmbeddedResponses();
    pageWith('[{"operationName": ');
    expect(takeEmbeddedResponse('RespondentSession', { token: 't' })).toBeUndefined();
  });

  it('should let graphqlFetch answer from the page first, then from the network', async () => {
    pageWith(JSON.stringify([{ operationName: 'RespondentSession', variables: { token: 't' }, body: { data: { respondentSession: { token: 'from-page' } } } }]));
    const fetched = vi.fn(async () => new Response(JSON.stringify({ data: { respondentSession: { token: 'from-network' } } })));
    vi.stubGlobal('fetch', fetched);
    expect(await graphqlFetch(SESSION, { token: 't' })).toEqual({ data: { respondentSession: { token: 'from-page' } }, error: null });
    expect(fetched).not.toHaveBeenCalled();
    expect(await graphqlFetch(SESSION, { token: 't' })).toEqual({ data: { respondentSession: { token: 'from-network' } }, error: null });
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('should give an embedded error as the network would', async () => {
    const errors = [{ message: 'This private link is not valid.', extensions: { code: 'NOT_FOUND' } }];
    pageWith(JSON.stringify([{ operationName: 'RespondentSession', variables: { token: 'x' }, body: { data: null, errors } }]));
    vi.stubGlobal('fetch', vi.fn());
    expect(await graphqlFetch(SESSION, { token: 'x' })).toEqual({ data: null, error: { graphQLErrors: errors } });
  });

  it('should never answer a mutation from the page', async () => {
    pageWith(JSON.stringify([{ operationName: 'SaveAnswers', variables: { token: 't' }, body: { data: { saved: 1 } } }]));
    const save = fetchOperation<{ saved: number }, { token: string }>('mutation SaveAnswers($token: String!) { saved }');
    expect(save.queryName).toBeNull();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ data: { saved: 2 } }))));
    expect(await graphqlFetch(save, { token: 't' })).toEqual({ data: { saved: 2 }, error: null });
  });
});
