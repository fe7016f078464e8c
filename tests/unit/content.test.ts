/**
 * The real content: it validates, it keeps the key facts taken from the research dossiers (tests/key-facts/*.yaml),
 * and its prose does not copy statutory drafting formulas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/content-files.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { corpus, problems } = loadContent(join(ROOT, 'content'));

interface KeyFact {
  provision: string;
  dossier: string;
  heading?: string;
  number?: string;
  status?: string;
  elements?: Record<string, unknown>;
}

const factFiles = listFiles(join(ROOT, 'tests', 'key-facts'), ['.yaml']);
const facts = factFiles.flatMap((file) =>
  ((parse(readFileSync(file, 'utf8')) as { facts: KeyFact[] }).facts ?? []).map((f) => ({ ...f, file: file.slice(ROOT.length + 1) })),
);

describe('content/', () => {
  it('has no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('keeps every key fact from the dossiers', () => {
    expect(facts.length).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const f of facts) {
      const p = corpus.provisions.find((x) => x.id === f.provision);
      if (!p) {
        mismatches.push(`${f.file}: ${f.provision} is missing from content`);
        continue;
      }
      if (f.heading !== undefined && p.heading !== f.heading) mismatches.push(`${f.file}: ${f.provision} heading is "${p.heading}", dossier (${f.dossier}) says "${f.heading}"`);
      if (f.number !== undefined && p.number !== String(f.number)) mismatches.push(`${f.file}: ${f.provision} number is "${p.number}", dossier says "${f.number}"`);
      if (f.status !== undefined && p.status !== f.status) mismatches.push(`${f.file}: ${f.provision} status is "${p.status}", dossier says "${f.status}"`);
      for (const [key, value] of Object.entries(f.elements ?? {})) {
        const actual = (p.elements as Record<string, unknown> | undefined)?.[key];
        if (actual !== value) mismatches.push(`${f.file}: ${f.provision} elements.${key} is ${JSON.stringify(actual)}, dossier (${f.dossier}) says ${JSON.stringify(value)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('summarises rather than copies: no statutory drafting formulas in content', () => {
    const formula = /shall,? on conviction,? be (liable|punished)|commits an offence and shall|notwithstanding anything to the contrary in any written law/i;
    const hits = listFiles(join(ROOT, 'content'), ['.yaml', '.mdx', '.md']).filter((f) => formula.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });

  it('gives every provision a source, an as-at date and a confidence', () => {
    for (const p of corpus.provisions) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      expect(p.asAt, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.confidence, p.id).toBeDefined();
    }
  });

  it("quotes the seeds exactly: each recommendation's quote stands in its seed document", () => {
    // Line-break hyphenation ("Wom- en") and spacing are the only liberties: hyphens and white space are ignored.
    const norm = (t: string) => t.replace(/-\s*/g, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
    const seeds = new Map(corpus.sources.filter((x) => x.kind === 'seed').map((x) => [x.id, norm(readFileSync(join(ROOT, x.file!), 'utf8'))]));
    const misquoted = corpus.recommendations
      .filter((r) => r.quote)
      .filter((r) => !seeds.get(r.provenance.source)?.includes(norm(r.quote!)))
      .map((r) => r.id);
    expect(corpus.recommendations.filter((r) => r.quote).length).toBeGreaterThan(0);
    expect(misquoted).toEqual([]);
  });

  it('keeps the seed documents byte for byte, each listed as a source', () => {
    const seeds = corpus.sources.filter((s) => s.kind === 'seed');
    expect(seeds.map((s) => s.file).sort()).toEqual(['seeds/000_9750b5995f415589.txt', 'seeds/001_2724490f9d3c9942.txt']);
    const shared = join(ROOT, '..', 'shared', 'seeds');
    for (const s of seeds) {
      const name = s.file!.replace('seeds/', '');
      let original: Buffer | undefined;
      try {
        original = readFileSync(join(shared, name));
      } catch {
        continue; // ../shared is not beside every clone; the copy in seeds/ is then the reference
      }
      expect(readFileSync(join(ROOT, s.file!)).equals(original), name).toBe(true);
    }
  });
});
