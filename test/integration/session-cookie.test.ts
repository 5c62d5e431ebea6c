import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_UP } from '../helpers/consultant-operations.js';
import { TEST_PASSWORD, uniqueEmail } from '../helpers/consultant.js';
import { type TestServer, startTestServer } from '../helpers/test-server.js';

async function signUpCookie(server: TestServer, headers: Record<string, string>): Promise<string> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: SIGN_UP,
      variables: { input: { name: 'P', email: uniqueEmail(), password: TEST_PASSWORD, workspaceName: 'P' } },
    }),
  });
  return response.headers.getSetCookie().find((c) => c.startsWith('omcheck_session='))!;
}

describe('session cookie behind a proxy', () => {
  let trusted: TestServer;
  let untrusted: TestServer;

  beforeAll(async () => {
    trusted = await startTestServer({ env: { TRUST_PROXY: 'true', RATE_LIMITS: 'off' } });
    untrusted = await startTestServer({ env: { RATE_LIMITS: 'off' } });
  });
  afterAll(async () => {
    await trusted?.close();
    await untrusted?.close();
  });

  it('should mark the cookie Secure when a trusted proxy says the request came over HTTPS', async () => {
    expect(await signUpCookie(trusted, { 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i);
    expect(await signUpCookie(trusted, {})).not.toMatch(/;\s*Secure/i);
  });

  it('should ignore X-Forwarded-Proto unless TRUST_PROXY is on', async () => {
    expect(await signUpCookie(untrusted, { 'x-forwarded-proto': 'https' })).not.toMatch(/;\s*Secure/i);
  });
});
