/** Checks the built site in dist/ as a reader would: the pages exist, say what they should, and every link works. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingText, shortCitation } from '../../src/lib/citation-format.ts';
import { instrumentPath, provisionPath } from '../../src/lib/ids.ts';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { loadContent, type Corpus } from '../../src/lib/load-content.ts';
import { NAV } from '../../src/lib/navigation.ts';
import { definitionsOf } from '../../src/lib/terms.ts';
import { DIST, readBuiltSite } from '../helpers/built-site.ts';

let pages: Map<string, string>;
let files: Set<string>;
let corpus: Corpus;
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
const h1 = (html: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim();

beforeAll(() => {
  ({ pages, files } = readBuiltSite());
  const loaded = loadContent(join(import.meta.dirname, '..', '..', 'content'));
  expect(loaded.problems).toEqual([]);
  corpus = loaded.corpus;
});

describe('built site', () => {
  it('has the home page, the instruments index and every navigation target', () => {
    for (const path of ['/', '/instruments/', '/sources/', ...NAV.map((n) => n.href)]) expect(pages.has(path), path).toBe(true);
    expect(h1(pages.get('/')!)).toBe(corpus.site.name);
  });

  it('has a page for every instrument, listing each of its provisions', () => {
    for (const inst of corpus.instruments) {
      const html = pages.get(instrumentPath(inst.id));
      expect(html, inst.id).toBeDefined();
      expect(h1(html!)).toContain(inst.title);
      for (const p of corpus.provisions.filter((x) => x.instrument === inst.id)) expect(html).toContain(`href="${provisionPath(p.id)}"`);
      for (const c of inst.coverage) expect(text(html!)).toContain(c.range);
    }
  });

  it('has a page for every provision with its citation, heading, status date, sources and official link', () => {
    for (const p of corpus.provisions) {
      const html = pages.get(provisionPath(p.id));
      expect(html, p.id).toBeDefined();
      const inst = corpus.instruments.find((i) => i.id === p.instrument)!;
      const heading = h1(html!);
      const parent = p.parent ? corpus.provisions.find((x) => x.instrument === p.instrument && x.local === p.parent) : undefined;
      expect(heading).toContain(headingText(p, inst, parent));
      expect(text(html!)).toContain(shortCitation(p, inst));
      expect(html).toContain(`href="${inst.officialSource.url.replace(/&/g, '&amp;')}"`);
      expect(html).toContain('application/ld+json');
      for (const s of p.sources) expect(html).toContain(`href="/sources/#${s.source}"`);
    }
  });

  it('marks every unconfirmed heading as unconfirmed', () => {
    for (const p of corpus.provisions.filter((x) => x.unconfirmed.includes('heading'))) {
      expect(h1(pages.get(provisionPath(p.id))!)).toMatch(/unconfirmed$/);
    }
  });

  it('has a page for every defined term, with each definition linked to its provision', () => {
    expect(corpus.terms.length).toBeGreaterThanOrEqual(5);
    for (const t of corpus.terms) {
      const html = pages.get(`/terms/${t.id}/`);
      expect(html, t.id).toBeDefined();
      const defs = definitionsOf(t, corpus.provisions);
      expect(new Set(defs.map((d) => d.instrument)).size).toBeGreaterThanOrEqual(2);
      for (const d of defs) expect(html).toContain(`href="${provisionPath(d.provision)}#term-`);
    }
    // A defined term in our prose links to its page (the first use on a gap analysis).
    expect(corpus.gaps.some((g) => pages.get(`/gaps/${g.id}/`)!.includes('href="/terms/'))).toBe(true);
  });

  it('serves the open data: JSON that parses, CSV with a row per record, and a JSON Schema per record type', () => {
    const dataFile = (name: string) => readFileSync(join(DIST, 'data', name), 'utf8');
    const provisions = JSON.parse(dataFile('provisions.json')) as { id: string; citation: string }[];
    expect(provisions.map((p) => p.id).sort()).toEqual(corpus.provisions.map((p) => p.id).sort());
    expect(JSON.parse(dataFile('links.json'))).toHaveLength(corpus.links.length);
    const primary = corpus.instruments.filter((i) => i.role === 'primary').length;
    const matrixRows = dataFile('matrix.csv').trim().split('\r\n');
    expect(matrixRows[0]).toBe('theme_id,theme,instrument_id,instrument,status,status_label,reason,provisions');
    expect(matrixRows).toHaveLength(1 + corpus.themes.length * primary);
    for (const name of ['instrument', 'provision', 'link', 'theme', 'recommendation']) {
      const schema = JSON.parse(dataFile(`schema/${name}.schema.json`)) as { type: string; properties: object };
      expect(schema.type, name).toBe('object');
    }
    expect(pages.get('/data/')).toContain('href="/data/matrix.csv"');
  });

  it('has no broken internal link or fragment', () => {
    expect(findBrokenLinks(pages, files)).toEqual([]);
  });
});
