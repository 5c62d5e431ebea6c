// A static server for the SurveyJS pages, gzipping like the app's server does and sending the
// same security headers as the app's pages, so both pages pay the same transfer and browser costs.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * The policy headers a page of the app carries (helmet's set in server/src/http/app.ts); the
 * SurveyJS pages get the same ones. They are not free: Cross-Origin-Opener-Policy, for one, puts
 * the page in a browsing context group of its own, which costs a new renderer process.
 */
const POLICY_HEADERS = [
  'content-security-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'origin-agent-cluster',
  'referrer-policy', 'strict-transport-security', 'x-content-type-options', 'x-dns-prefetch-control', 'x-download-options',
  'x-frame-options', 'x-permitted-cross-domain-policies', 'x-xss-protection',
];

/** The policy headers of the app's landing page at `appUrl`. */
export async function pagePolicyHeaders(appUrl) {
  const response = await fetch(`${appUrl}/`);
  await response.arrayBuffer();
  const headers = Object.fromEntries(POLICY_HEADERS.filter((name) => response.headers.has(name)).map((name) => [name, response.headers.get(name)]));
  if (!headers['content-security-policy']) throw new Error(`the app's landing page sent no policy headers: ${[...response.headers.keys()].join(', ')}`);
  return headers;
}

export function startSurveyServer(dir, { headers = {} } = {}) {
  const cache = new Map();
  const server = http.createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html');
    const file = path.join(dir, path.normalize(name).replace(/^(\.\.[/\\])+/, ''));
    const type = TYPES[path.extname(file)];
    if (!type || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (!cache.has(file)) cache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
    response.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
    response.end(cache.get(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** The same steps as the app's flow: landing → start → intake (role) → first question visible. */
export async function surveyFirstQuestion(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  await page.locator('[data-testid="start-check"]').click();
  await page.locator('#intake-role').selectOption('MANAGEMENT');
  await page.locator('form button[type="submit"]').click();
  await page.locator('.sd-question').first().waitFor({ state: 'visible' });
}
