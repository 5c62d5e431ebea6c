// The built app (server + client) with the demo data, and Debian's Chromium, for the browser benchmarks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { SERVER_NODE_FLAGS, root } from './servers.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * `node server/dist/main.js --demo` on a free port and a temporary SQLite file. Rate limits are
 * off: the benchmarks start many self-assessments from one address.
 */
export async function startDemoApp() {
  if (!fs.existsSync(path.join(root, 'client/dist/index.html'))) throw new Error('client/dist is missing: run pnpm build first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-browser-bench-'));
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'server/dist/main.js'), '--demo'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: path.join(dir, 'bench.sqlite'), LOG_LEVEL: 'info', NODE_ENV: 'production', RATE_LIMITS: 'off' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const match = /"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(buffer);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${buffer}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium through playwright-core (never `playwright install`). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Landing page → "Start the check-up" → intake (role only) → the wizard, as a first-time
 * respondent does it; resolves when the first question is visible.
 */
export async function startCheckupInBrowser(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  await page.locator('[data-testid="start-check"]').click();
  await page.locator('#intake-role').selectOption('MANAGEMENT');
  await page.locator('form button[type="submit"]').click();
  await page.locator('section.question').first().waitFor({ state: 'visible' });
}
