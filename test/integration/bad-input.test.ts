import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, maturityQuestions, startSession } from '../helpers/fixtures.js';
import { SAVE, START } from '../helpers/operations.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import type { StartedSession } from '../helpers/operations.js';

let server: TestServer;
let session: StartedSession;
let validQuestion: string;

beforeAll(async () => {
  server = await startTestServer();
  session = await startSession(server);
  validQuestion = maturityQuestions(session)[0]!.id;
  await server.gql(SAVE, { token: session.token, answers: [{ questionId: validQuestion, optionId: 'l2' }] });
});
afterAll(async () => {
  await server?.close();
});

async function storedAnswers(): Promise<number> {
  return countRows(server, 'answer', 'respondent_id = $1', [session.respondentId]);
}

describe('saveAnswers with bad input', () => {
  type Case = { label: string; bad: (ids: { first: string; second: string }) => Record<string, unknown>; mentions: (ids: { first: string; second: string }) => string; field: string };
  const cases: Case[] = [
    { label: 'an unknown question', bad: () => ({ questionId: 'no-such-question', optionId: 'l1' }), mentions: () => 'no-such-question', field: 'answers[1].questionId' },
    { label: 'an unknown option', bad: ({ first }) => ({ questionId: first, optionId: 'l7' }), mentions: () => 'l7', field: 'answers[1].optionId' },
    { label: 'optionIds on a single-choice question', bad: ({ first }) => ({ questionId: first, optionIds: ['l1'] }), mentions: ({ first }) => first, field: 'answers[1]' },
    { label: 'the same question twice', bad: ({ second }) => ({ questionId: second, optionId: 'l1' }), mentions: ({ second }) => second, field: 'answers[1]' },
    { label: 'an over-long comment', bad: ({ first }) => ({ questionId: first, optionId: 'l1', comment: 'x'.repeat(2001) }), mentions: () => '2000', field: 'answers[1].comment' },
  ];

  it.each(cases)('should reject $label with BAD_USER_INPUT and save nothing of the batch', async ({ bad, mentions, field }) => {
    const ids = { first: validQuestion, second: maturityQuestions(session)[1]!.id };
    const before = await storedAnswers();
    const response = await server.gql(SAVE, {
      token: session.token,
      answers: [{ questionId: ids.second, optionId: 'l4' }, bad(ids)],
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const message = response.errors![0]!.message;
    expect(message).toContain(mentions(ids));
    expect(message).toContain('Nothing was saved');
    expect(String(response.errors![0]!.extensions!['field'])).toContain(field);
    expect(await storedAnswers()).toBe(before);
  });

  it('should reject wrong variable types before running anything', async () => {
    const response = await server.gql(SAVE, { token: session.token, answers: 'l1' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongShape = await server.gql(SAVE, { token: session.token, answers: [{ optionId: 'l1' }] });
    expect(wrongShape.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await storedAnswers()).toBe(1);
  });

  it('should reject an unknown role or locale with BAD_USER_INPUT', async () => {
    const role = await server.gql(START, { input: { role: 'KING', locale: 'EN' } });
    expect(role.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const locale = await server.gql(START, { input: { role: 'SALES', locale: 'DE' } });
    expect(locale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should reject an over-long company name naming the field', async () => {
    const before = await countRows(server, 'organization', '1 = $1', [1]);
    const response = await server.gql(START, { input: { role: 'SALES', locale: 'EN', organizationName: 'x'.repeat(201) } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.['field']).toBe('organizationName');
    expect(await countRows(server, 'organization', '1 = $1', [1])).toBe(before);
  });
});

describe('request limits', () => {
  it('should refuse a query nested too deeply', async () => {
    const nest = (levels: number) => `{ __type(name: "Query") { fields { type ${'{ ofType '.repeat(levels)}{ name }${' }'.repeat(levels)} } } }`;
    expect((await server.gql(nest(6))).errors).toBeUndefined();
    const response = await server.gql(nest(20));
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.map((e) => e.message).join('\n')).toMatch(/depth limit of 15/i);
  });

  it('should refuse too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: questionnaire { key }`).join(' ');
    const response = await server.gql(`{ ${aliases} }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data ?? null).toBeNull();
  });

  it('should refuse a request with too many tokens', async () => {
    const fields = Array.from({ length: 1200 }, () => 'key').join(' ');
    const response = await server.gql(`{ questionnaire { ${fields} } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('should refuse an oversized body with 413 and save nothing', async () => {
    const answers = Array.from({ length: 3000 }, () => ({ questionId: validQuestion, optionId: 'l1', comment: 'x'.repeat(40) }));
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SAVE, variables: { token: session.token, answers } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toContain('too large');
    expect(await storedAnswers()).toBe(1);
  });

  it('should refuse malformed JSON with 400', async () => {
    const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });

  it('should block simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent('{ questionnaire { key } }')}`, { method: 'GET' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });
});
