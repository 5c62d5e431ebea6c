import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientDist } from '../helpers/client-build.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('HTTP surface', () => {
  it('should answer health and readiness checks', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('should serve the SPA for deep links, with no referrer leaking private links', async () => {
    const response = await fetch(`${server.url}/r/some-private-token/results`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<div id="app"');
  });

  it('should serve hashed assets compressed and cacheable for a year', async () => {
    const assets = path.join(clientDist, 'assets');
    const asset = fs.readdirSync(assets).filter((file) => file.endsWith('.js'))
      .sort((a, b) => fs.statSync(path.join(assets, b)).size - fs.statSync(path.join(assets, a)).size)[0];
    expect(asset).toBeDefined();
    const response = await fetch(`${server.url}/assets/${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('should answer 404 for a missing asset instead of the SPA page', async () => {
    const response = await fetch(`${server.url}/assets/missing-abc123.js`);
    expect(response.status).toBe(404);
  });
});
