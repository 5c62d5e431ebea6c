import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // Two MUST audits query __type, so they need introspection on (STACK.md).
  server = await startTestServer({ introspection: true });
});
afterAll(async () => {
  await server?.close();
});

describe('GraphQL over HTTP audit', () => {
  it('should pass the graphql-http server audits with no errors', async () => {
    const audits = serverAudits({ url: () => server.graphqlUrl, fetchFn: fetch });
    const failures: string[] = [];
    let warnings = 0;
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
      if (result.status === 'warn') warnings += 1;
    }
    expect(failures).toEqual([]);
    expect(audits.length).toBeGreaterThan(40);
    expect(warnings).toBeLessThan(audits.length);
  });
});
