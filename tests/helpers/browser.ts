/**
 * Debian's Chromium driven by playwright-core against the built site served on localhost. Records console errors,
 * failed requests and any request that leaves the site's origin, so each test can assert there were none.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { DIST, requireBuiltSite } from './built-site.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
  base: string;
  browser: Browser;
  server: RunningServer;
  /** A new page that records problems into `problems`. */
  /** `injectsScripts`: the test injects its own script (axe-core), which the site's CSP would rightly block. */
  open(viewport?: { width: number; height: number }, options?: { injectsScripts?: boolean }): Promise<Page>;
  problems: string[];
  close(): Promise<void>;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  requireBuiltSite();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does).`);
  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  return {
    base: server.url,
    browser,
    server,
    problems,
    async open(viewport = { width: 1280, height: 900 }, options = {}) {
      const page = await browser.newPage({ viewport, bypassCSP: options.injectsScripts ?? false });
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.push(`request left the site: ${url}`);
      });
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
