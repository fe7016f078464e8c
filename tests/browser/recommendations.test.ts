/** Every recommendation from the seeds can be found by a word it contains and by the actor it addresses. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { startBrowserSession, type BrowserSession } from '../helpers/browser.ts';

const { corpus } = loadContent(join(import.meta.dirname, '..', '..', 'content'));
const seedSources = new Set(corpus.sources.filter((s) => s.kind === 'seed').map((s) => s.id));
const seedRecs = corpus.recommendations.filter((r) => seedSources.has(r.provenance.source));
let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session?.close();
});

/** The longest word of the seed's own words: distinctive enough to find the entry, and certainly in it. */
const wordOf = (text: string) => text.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;

describe('seed recommendations', () => {
  it('covers both seed documents', () => {
    expect(new Set(seedRecs.map((r) => r.provenance.source))).toEqual(seedSources);
    expect(seedRecs.every((r) => r.quote)).toBe(true);
  });

  it('finds each one by searching for a word it contains', async () => {
    const page = await session.open();
    await page.goto(`${session.base}/recommendations/`);
    const queries = seedRecs.map((r) => ({ id: r.id, word: wordOf(r.quote!) }));
    const missed: string[] = await page.evaluate(`(async (qs) => {
      const pf = await import('/pagefind/pagefind.js');
      const missed = [];
      for (const q of qs) {
        const r = await pf.search(q.word, { filters: { kind: 'Recommendation' } });
        const urls = await Promise.all(r.results.map((x) => x.data().then((d) => d.url)));
        if (!urls.includes('/recommendations/' + q.id + '/')) missed.push(q.id + ' (' + q.word + ')');
      }
      return missed;
    })(${JSON.stringify(queries)})`);
    expect(missed).toEqual([]);
  });

  it('finds each one by filtering for each actor it addresses', async () => {
    const page = await session.open();
    const missed: string[] = [];
    for (const actor of new Set(seedRecs.flatMap((r) => r.actors))) {
      await page.goto(`${session.base}/recommendations/?actor=${actor}`);
      await page.waitForFunction(() => document.getElementById('rec-status')?.textContent?.startsWith('Showing'));
      const shown = new Set(await page.locator('#rec-list .rec:not([hidden])').evaluateAll((els) => els.map((e) => e.id)));
      for (const r of seedRecs.filter((x) => x.actors.includes(actor))) if (!shown.has(r.id)) missed.push(`${r.id} under ${actor}`);
    }
    expect(missed).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
