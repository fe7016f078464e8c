import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, loadCorpusOrThrow } from '../../src/lib/load-content.ts';
import { ContentError, formatProblem } from '../../src/lib/problems.ts';
import { fixtureCorpus, MINIMAL } from '../helpers/fixture-corpus.ts';

const messages = (dir: string) => loadContent(dir).problems.map(formatProblem);
const original = (path: string) => readFileSync(join(MINIMAL, path), 'utf8');

/** Runs the real `npm run check` script on a content folder: its exit code and what it printed. */
function runCheck(dir: string): { code: number; output: string } {
  try {
    const out = execFileSync(process.execPath, ['scripts/check.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: err.stdout + err.stderr };
  }
}

describe('loadContent on valid content', () => {
  it('loads the minimal corpus with no problems', () => {
    const { corpus, problems } = loadContent(MINIMAL);
    expect(problems).toEqual([]);
    expect(corpus.instruments.map((i) => i.id)).toEqual(['alpha-act', 'beta-treaty']);
    expect(corpus.provisions.map((p) => p.id)).toContain('alpha-act/s9a');
    // A provision takes its file's as-at date unless it sets its own.
    expect(corpus.provisions.find((p) => p.id === 'alpha-act/s9')!.asAt).toBe('2026-01-01');
    expect(corpus.gaps[0]!.body.trim()).toBe('The standard makes consent irrelevant.');
  });

  it('exits 0 from the check script', () => {
    const { code, output } = runCheck(MINIMAL);
    expect(code).toBe(0);
    expect(output).toMatch(/content OK: 2 instruments, 5 provisions/);
  });
});

/** Each bad input: the files that make it bad, and the exact message an editor must see. */
const cases: { name: string; files: Record<string, string | null>; expected: string }[] = [
  {
    name: 'a link to a missing provision, with a did-you-mean hint',
    files: { 'links/consent.yaml': original('links/consent.yaml').replace('to: beta-treaty/art3-c, relation: partial', 'to: alpha-act/s99, relation: partial') },
    expected: 'content/links/consent.yaml:3: link 2 "to": no provision "alpha-act/s99" (did you mean alpha-act/s9?)',
  },
  {
    name: 'a recommendation target naming a missing provision',
    files: { 'recommendations/seed.yaml': original('recommendations/seed.yaml').replace('targets: [alpha-act/s9a]', 'targets: [alpha-act/s77]') },
    expected: 'content/recommendations/seed.yaml:9: recommendation rec-one "targets.0": no provision "alpha-act/s77"',
  },
  {
    name: 'an unknown theme on a provision',
    files: { 'provisions/alpha-act.yaml': original('provisions/alpha-act.yaml').replace('themes: [consent]', 'themes: [consnet]') },
    expected: 'content/provisions/alpha-act.yaml:20: provision s9 "themes.0": no theme "consnet" (did you mean consent?)',
  },
  {
    name: 'an unknown source',
    files: { 'gaps/consent-gap.mdx': original('gaps/consent-gap.mdx').replace('source: seed-paper,', 'source: seed-papr,') },
    expected: 'content/gaps/consent-gap.mdx:10: gap consent-gap "sources.0.source": no source "seed-papr" (did you mean seed-paper?)',
  },
  {
    name: 'a duplicate provision id',
    files: { 'provisions/alpha-act.yaml': original('provisions/alpha-act.yaml').replace('local: s9a', 'local: s9') },
    expected: 'content/provisions/alpha-act.yaml:24: provision s9 "id": duplicate provision id "alpha-act/s9" (first defined in content/provisions/alpha-act.yaml:13)',
  },
  {
    name: 'a duplicate source id across files',
    files: { 'sources/zz-more.yaml': 'sources:\n  - { id: official, title: Another, kind: news }\n' },
    expected: 'content/sources/zz-more.yaml:2: source official "id": duplicate source id "official" (first defined in content/sources/sources.yaml:3)',
  },
  {
    name: 'a value outside a closed vocabulary',
    files: { 'links/consent.yaml': original('links/consent.yaml').replace('relation: implements', 'relation: implement') },
    expected: 'content/links/consent.yaml:2: link 1 "relation": expected one of "implements", "equivalent", "partial", "narrower", "broader", "conflicts", "cross-reference"',
  },
  {
    name: 'a missing required field',
    files: { 'instruments/beta-treaty.yaml': original('instruments/beta-treaty.yaml').replace('summary: A fictional treaty used by the tests.\n', '') },
    expected: 'content/instruments/beta-treaty.yaml:1: instrument beta-treaty "summary": required field is missing (expected string)',
  },
  {
    name: 'a misspelt field name',
    files: { 'themes/consent.yaml': original('themes/consent.yaml').replace('question:', 'questoin:') },
    expected: 'content/themes/consent.yaml:1: theme consent: unknown field "questoin"',
  },
  {
    name: 'a malformed provision id in a link',
    files: { 'links/consent.yaml': original('links/consent.yaml').replace('from: alpha-act/s9,', 'from: Alpha Act s 9,') },
    expected: 'content/links/consent.yaml:2: link 1 "from": expected a provision id like "atipsom-2007/s14" or "un-tip-protocol/art3-c"',
  },
  {
    name: 'malformed YAML',
    files: { 'themes/consent.yaml': 'id: consent\ntitle: [unclosed\n' },
    expected: 'content/themes/consent.yaml:3: malformed YAML',
  },
  {
    name: 'a gap without front matter',
    files: { 'gaps/consent-gap.mdx': 'Just text.\n' },
    expected: 'content/gaps/consent-gap.mdx:1: missing front matter: expected the file to start with a --- block',
  },
  {
    name: 'malformed front matter',
    files: { 'gaps/consent-gap.mdx': '---\ntitle: "unterminated\n---\nBody\n' },
    expected: 'content/gaps/consent-gap.mdx:2: malformed YAML',
  },
  {
    name: 'an actor not in site.yaml',
    files: { 'recommendations/seed.yaml': original('recommendations/seed.yaml').replace('actors: [parliament]', 'actors: [parliment]') },
    expected: 'content/recommendations/seed.yaml:6: recommendation rec-one "actors.0": no actor "parliment" (did you mean parliament?)',
  },
  {
    name: 'a history entry naming an amending Act the instrument does not list',
    files: { 'provisions/alpha-act.yaml': original('provisions/alpha-act.yaml').replace('by: A100', 'by: A101') },
    expected: 'content/provisions/alpha-act.yaml:29: provision s9a "history.0.by": no amending instrument listed in alpha-act "A101" (did you mean A100?)',
  },
  {
    name: 'an unconfirmed mark on a field that is not set',
    files: { 'provisions/alpha-act.yaml': original('provisions/alpha-act.yaml').replace('unconfirmed: [elements.imprisonmentMaxYears]', 'unconfirmed: [elements.fine]') },
    expected: 'content/provisions/alpha-act.yaml:23: provision s9 "unconfirmed.0": "elements.fine" is not a field set on this entry, so it cannot be marked unconfirmed',
  },
  {
    name: 'a matrix cell for an unknown instrument',
    files: { 'themes/consent.yaml': original('themes/consent.yaml').replace('  alpha-act:', '  alpha-akt:') },
    expected: 'content/themes/consent.yaml:8: theme consent "matrix.alpha-akt": no instrument "alpha-akt" (did you mean alpha-act?)',
  },
  {
    name: 'a vocabulary value with no label in site.yaml',
    files: { 'site.yaml': original('site.yaml').replace(/^ {4}conflicts: .*\n/m, '') },
    expected: 'content/site.yaml:57: "labels.linkRelation": missing a label for "conflicts"',
  },
  {
    name: 'a citation in a gap analysis that resolves to no provision',
    files: { 'gaps/consent-gap.mdx': original('gaps/consent-gap.mdx').replace('The standard makes consent irrelevant.', 'The standard makes consent irrelevant.\nSee s 99 Alpha Act.') },
    expected: 'content/gaps/consent-gap.mdx:15: gap consent-gap: citation "s 99 Alpha Act" resolves to no provision: Alpha Act has no section 99 on this site',
  },
  {
    name: 'a citation in a recommendation summary that resolves to no provision',
    files: { 'recommendations/seed.yaml': original('recommendations/seed.yaml').replace('Amend s 9A so', 'Amend Art 9A of the Alpha Act so') },
    expected: 'content/recommendations/seed.yaml:4: recommendation rec-one "summary": citation "Art 9A of the Alpha Act" resolves to no provision: Alpha Act is divided into sections, not articles',
  },
  {
    name: 'an instrument whose id does not match its file name',
    files: { 'instruments/beta-treaty.yaml': original('instruments/beta-treaty.yaml').replace('id: beta-treaty', 'id: gamma-treaty') },
    expected: 'content/instruments/beta-treaty.yaml:1: instrument gamma-treaty "id": expected "beta-treaty" to match the file name',
  },
];

describe('loadContent reports each bad input with file, line, entry and field', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = fixtureCorpus(c.files);
      const found = messages(dir);
      expect(found.some((m) => m.startsWith(c.expected)), `expected a message starting\n  ${c.expected}\ngot\n  ${found.join('\n  ')}`).toBe(true);
      // The check script exits non-zero and prints the same message.
      const { code, output } = runCheck(dir);
      expect(code).toBe(1);
      expect(output).toContain(c.expected);
    });
  }

  it('reports every problem, not only the first', () => {
    const dir = fixtureCorpus({
      'links/consent.yaml': original('links/consent.yaml').replace('alpha-act/s9,', 'alpha-act/s8,').replace('alpha-act/s9a,', 'alpha-act/s7,'),
    });
    expect(messages(dir).filter((m) => m.includes('no provision'))).toHaveLength(2);
  });

  it('makes the build fail with every message (loadCorpusOrThrow)', () => {
    const dir = fixtureCorpus({ 'links/consent.yaml': original('links/consent.yaml').replace('alpha-act/s9,', 'alpha-act/s8,') });
    expect(() => loadCorpusOrThrow(dir)).toThrow(ContentError);
    expect(() => loadCorpusOrThrow(dir)).toThrow(/content\/links\/consent\.yaml:2: link 1 "from": no provision "alpha-act\/s8"/);
  });
});
