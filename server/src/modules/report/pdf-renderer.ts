import fs from 'node:fs';
import { ReportRendererUnavailableError } from '@omcheck/shared';
import { Semaphore } from 'async-mutex';
import type { Logger } from 'pino';
import { type Browser, type Page, chromium } from 'playwright-core';

export interface PdfRendererOptions {
  /** Debian's Chromium by default (never a downloaded browser). */
  executablePath: string;
  /** Longest a single PDF may take before the request fails. */
  timeoutMs: number;
  /** PDFs rendered at once; more wait in line (each page costs memory and a CPU core). */
  concurrency: number;
}

const LAUNCH_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Renders report HTML to PDF in headless Chromium: one browser, started on first use and
 * reused, with a few warm pages (one per queue slot; a new context per PDF cost more than the
 * PDF itself); JavaScript off and every network request refused (the HTML carries its fonts);
 * a small queue; a timeout; closed on shutdown. A crashed browser or page is replaced.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | undefined;
  private readonly idlePages: Page[] = [];
  private readonly queue: Semaphore;
  private closed = false;

  constructor(private readonly options: PdfRendererOptions, private readonly logger: Logger) {
    this.queue = new Semaphore(options.concurrency);
  }

  /** False when Chromium is not installed here: callers offer the web report's print instead. */
  available(): boolean {
    return fs.existsSync(this.options.executablePath);
  }

  async render(html: string): Promise<Buffer> {
    if (this.closed || !this.available()) throw new ReportRendererUnavailableError();
    return this.queue.runExclusive(() => this.withTimeout(this.renderNow(html)));
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
  }

  private async renderNow(html: string): Promise<Buffer> {
    const page = await this.page();
    let healthy = false;
    try {
      await page.setContent(html, { waitUntil: 'load', timeout: this.options.timeoutMs });
      // Untagged: tagging doubled the size and the time (18 pages: 118 KB → 263 KB).
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      healthy = true;
      return pdf;
    } finally {
      if (healthy && !page.isClosed()) this.idlePages.push(page);
      else await page.context().close().catch(() => undefined);
    }
  }

  /** A warm page, or a new one in its own context with the network cut off. */
  private async page(): Promise<Page> {
    const browser = await this.launched();
    let idle = this.idlePages.pop();
    while (idle && idle.isClosed()) idle = this.idlePages.pop();
    if (idle) return idle;
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    return context.newPage();
  }

  private launched(): Promise<Browser> {
    if (!this.browser) {
      const started = chromium.launch({ executablePath: this.options.executablePath, args: LAUNCH_ARGS, timeout: this.options.timeoutMs });
      this.browser = started.then(
        (browser) => {
          browser.on('disconnected', () => {
            if (this.browser === started) this.browser = undefined;
            this.idlePages.length = 0;
          });
          return browser;
        },
        (err: unknown) => {
          this.browser = undefined;
          this.logger.error({ err }, 'Chromium did not start; PDF reports are unavailable');
          throw new ReportRendererUnavailableError();
        },
      );
    }
    return this.browser;
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ReportRendererUnavailableError('Making the PDF took too long. Try again, or print the web report from your browser.')), this.options.timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}
