/**
 * Lighthouse (with Debian's Chromium) on the home, provision, matrix and recommendations pages: accessibility, best
 * practices and SEO must score 100. Performance is a timing, so `npm run bench` records it instead of asserting it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { DIST, requireBuiltSite } from '../helpers/built-site.ts';
import { pageTemplates } from '../helpers/templates.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let server: RunningServer;
beforeAll(async () => {
  requireBuiltSite();
  server = await startStaticServer(DIST);
});
afterAll(async () => {
  await server?.close();
});

const wanted = new Set(['home', 'provision', 'matrix', 'recommendations']);
describe.each(pageTemplates().filter((t) => wanted.has(t.name)))('Lighthouse: $name', ({ path, name }) => {
  it('scores 100 for accessibility, best practices and SEO', { timeout: 120_000 }, async () => {
    const out = join(tmpdir(), `lh-test-${name}.json`);
    // Asynchronously: the static server runs in this process and must keep answering while Lighthouse loads the page.
    await promisify(execFile)(
      'lighthouse',
      [`${server.url}${path}`, `--chrome-path=${CHROMIUM}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update', '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=accessibility,best-practices,seo'],
      { timeout: 110_000 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: Record<string, { score: number }>; audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }> };
    rmSync(out);
    const failing = Object.entries(report.audits).filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map(([id, a]) => `${id}: ${a.title}`);
    const scores = Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
    expect({ scores, failing }).toEqual({ scores: { accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] });
  });
});
