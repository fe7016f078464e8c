/** Search as lawyers and students use it: citations go to the provision; headings find their provision first. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAnnotated } from '../../src/lib/arrangement.ts';
import { provisionPath } from '../../src/lib/ids.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { normaliseHeading } from '../../src/lib/search-rank.ts';
import { startBrowserSession, type BrowserSession } from '../helpers/browser.ts';

const { corpus } = loadContent(join(import.meta.dirname, '..', '..', 'content'));
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session?.close();
});

describe('search', () => {
  it.each([
    ['s 16 ATIPSOM', '/instruments/atipsom-2007/s16/'],
    ['Article 3(c) UN Protocol', '/instruments/un-tip-protocol/art3-c/'],
    ['Penal Code s 375 Exception', '/instruments/penal-code/s375-exception/'],
  ])('takes a typed citation %j from the header search box straight to the provision', async (query, path) => {
    const page = await session.open();
    await page.goto(`${session.base}/`);
    await page.getByLabel('Search provisions, gaps and recommendations').fill(query);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${session.base}${path}`);
    expect(session.problems).toEqual([]);
    await page.close();
  });

  it('lists a cited range first, then word matches', async () => {
    const page = await session.open();
    await page.goto(`${session.base}/search/`);
    await page.getByLabel('Words or a citation').fill('ss 12-14 ATIPSOM');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#search-results li a').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^s 12 ATIPSOM 2007/), expect.stringMatching(/^s 14 ATIPSOM 2007/)]),
    );
    const first = await page.locator('#search-results li a').first().getAttribute('href');
    expect(first).toBe('/instruments/atipsom-2007/s12/');
    await page.close();
  });

  it('finds words, shows kind and instrument, and filters by kind', async () => {
    const page = await session.open();
    await page.goto(`${session.base}/search/?q=consent`);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results li .muted').first().textContent()).toMatch(/Provision|Gap|Theme|Recommendation|Instrument/);
    await page.getByLabel('Kind').selectOption('Provision');
    await expect.poll(async () => (await page.locator('#search-results li .muted').allTextContents()).every((t) => t.startsWith('Provision'))).toBe(true);
    expect(page.url()).toContain('kind=Provision');
    await page.close();
  });

  it('says clearly when nothing matched and what to try', async () => {
    const page = await session.open({ width: 390, height: 800 });
    await page.goto(`${session.base}/search/?q=zzyzxqq`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/Nothing matched “zzyzxqq”.*Try fewer or different words/);
    await page.close();
  });

  it("ranks a provision's own page first when its heading is searched, for every annotated provision", async () => {
    const page = await session.open();
    await page.goto(`${session.base}/search/?kind=Provision`);
    const annotated = corpus.provisions.filter((p) => isAnnotated(p) && p.heading);
    expect(annotated.length).toBeGreaterThan(60);
    // Several provisions share a heading (every Act's s 1 is "Short title and commencement"): this provision must be
    // among the first as many results as there are provisions with exactly that heading.
    const sharing = new Map<string, number>();
    for (const p of corpus.provisions) if (p.heading) sharing.set(normaliseHeading(p.heading), (sharing.get(normaliseHeading(p.heading)) ?? 0) + 1);
    const misses: string[] = [];
    const input = page.getByLabel('Words or a citation');
    for (const p of annotated) {
      await input.fill(p.heading!);
      await input.press('Enter');
      await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`for “${q}”`), p.heading!);
      const top = await page.locator('#search-results li > a').evaluateAll((as) => as.slice(0, 8).map((a) => a.getAttribute('href')));
      if (!top.slice(0, sharing.get(normaliseHeading(p.heading!))).includes(provisionPath(p.id))) misses.push(`${p.heading} -> ${top.slice(0, 3).join(', ')} (expected ${provisionPath(p.id)})`);
    }
    expect(misses).toEqual([]);
  });
});
