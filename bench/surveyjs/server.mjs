// A static server for the SurveyJS pages, gzipping like the app's server does, so both pages
// pay the same transfer costs.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export function startSurveyServer(dir) {
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
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
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
