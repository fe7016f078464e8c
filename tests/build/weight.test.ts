/** Size targets that are not timings, so they are asserted: what a reader downloads before using search. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { pageTemplates } from '../../src/lib/page-templates.ts';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { DIST, requireBuiltSite } from '../helpers/built-site.ts';

const { corpus } = loadContent(join(import.meta.dirname, '..', '..', 'content'));
const templates = pageTemplates(corpus).filter((t) => !t.path.includes('?'));
/** Pages whose interactive part is the point of the page (filters, search, comparison). */
const TOOL_PAGES = new Set(['recommendations', 'search', 'compare']);

describe('page weight', () => {
  it('keeps every provision page within 25 KB gzip, HTML, CSS and JavaScript together', () => {
    requireBuiltSite();
    const heavy = corpus.provisions
      .map((p) => pageWeight(DIST, `/instruments/${p.id}/`))
      .filter((w) => w.totalGzip > 25 * 1024)
      .map((w) => `${w.path}: ${(w.totalGzip / 1024).toFixed(1)} KB`);
    expect(heavy).toEqual([]);
  });

  it('ships no JavaScript module on content pages, only the small inline copy and print helpers', () => {
    requireBuiltSite();
    for (const t of templates.filter((x) => !TOOL_PAGES.has(x.name))) {
      const w = pageWeight(DIST, t.path);
      expect(w.js.raw, `${t.name} (${t.path})`).toBeLessThan(1024);
    }
  });
});
