/**
 * Checks that hold across files: unique ids, and every reference (to a provision, theme, source, actor, gap,
 * amending Act, Part) naming something that exists. Schema checks happen earlier, file by file.
 */
import type { PathKey } from './content-files.ts';
import type { Corpus, Locations } from './load-content.ts';
import { problemAt, unknownReference, type Location, type Problem } from './problems.ts';
import { buildCitationIndex, unresolvedCitations } from './citations.ts';
import { definitionsOf, termMatches } from './terms.ts';
import { VOCABULARIES } from './vocabulary.ts';

/** Reports the second and later uses of an id. */
function checkUnique<T>(items: T[], idOf: (t: T) => string, at: (t: T) => Location | undefined, kind: string, out: Problem[]) {
  const first = new Map<string, Location | undefined>();
  for (const item of items) {
    const id = idOf(item);
    const here = at(item);
    if (first.has(id)) {
      const prev = first.get(id);
      const where = prev ? ` (first defined in ${prev.file}${prev.lineOf(prev.path) ? `:${prev.lineOf(prev.path)}` : ''})` : '';
      if (here) out.push(problemAt(here, ['id'], `duplicate ${kind} id "${id}"${where}`));
    } else first.set(id, here);
  }
}

/** True when a dotted path names a field that is set on the record. */
function hasPath(record: unknown, dotted: string): boolean {
  let cur: unknown = record;
  for (const key of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(key in (cur as object))) return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur !== undefined;
}

function checkUnconfirmed(record: { unconfirmed: string[] }, at: Location | undefined, out: Problem[], prefix: PathKey[] = []) {
  record.unconfirmed.forEach((path, i) => {
    if (at && !hasPath(record, path)) {
      out.push(problemAt(at, [...prefix, 'unconfirmed', i], `"${path}" is not a field set on this entry, so it cannot be marked unconfirmed`));
    }
  });
}

export function checkReferences(corpus: Corpus, loc: Locations, invalidIds: ReadonlySet<string> = new Set()): Problem[] {
  const out: Problem[] = [];
  /** A value that must name something in `known`; entries that failed validation already have their own problem. */
  const checkRef = (value: string, known: Set<string>, kind: string, at: Location | undefined, field: PathKey[]) => {
    if (at && !known.has(value) && !invalidIds.has(value)) out.push(problemAt(at, field, unknownReference(kind, value, known)));
  };
  const checkRefs = (values: readonly string[], known: Set<string>, kind: string, at: Location | undefined, field: PathKey[]) => {
    values.forEach((v, i) => checkRef(v, known, kind, at, [...field, i]));
  };
  const ids = {
    sources: new Set(corpus.sources.map((s) => s.id)),
    instruments: new Set(corpus.instruments.map((i) => i.id)),
    provisions: new Set(corpus.provisions.map((p) => p.id)),
    themes: new Set(corpus.themes.map((t) => t.id)),
    recommendations: new Set(corpus.recommendations.map((r) => r.id)),
    actors: new Set(corpus.site.actors.map((a) => a.id)),
  };

  checkUnique(corpus.sources, (s) => s.id, (s) => loc.sources.get(s), 'source', out);
  checkUnique(corpus.instruments, (i) => i.id, (i) => loc.instruments.get(i), 'instrument', out);
  checkUnique(corpus.provisions, (p) => p.id, (p) => loc.provisions.get(p), 'provision', out);
  checkUnique(corpus.themes, (t) => t.id, (t) => loc.themes.get(t), 'theme', out);
  checkUnique(corpus.recommendations, (r) => r.id, (r) => loc.recommendations.get(r), 'recommendation', out);
  checkUnique(corpus.site.actors, (a) => a.id, () => loc.site, 'actor', out);

  // Every value of every closed vocabulary needs a label in site.yaml, and nothing else is labelled.
  const siteAt = loc.site;
  if (siteAt) {
    for (const [name, values] of Object.entries(VOCABULARIES)) {
      const labels = corpus.site.labels[name];
      if (!labels) {
        out.push(problemAt(siteAt, ['labels'], `missing labels for the "${name}" vocabulary (values: ${values.join(', ')})`));
        continue;
      }
      for (const v of values) if (!(v in labels)) out.push(problemAt(siteAt, ['labels', name], `missing a label for "${v}"`));
      for (const v of Object.keys(labels)) {
        if (!(values as readonly string[]).includes(v)) out.push(problemAt(siteAt, ['labels', name, v], `"${v}" is not a value of this vocabulary (expected one of ${values.join(', ')})`));
      }
    }
    for (const name of Object.keys(corpus.site.labels)) {
      if (!(name in VOCABULARIES)) out.push(problemAt(siteAt, ['labels', name], unknownReference('vocabulary', name, Object.keys(VOCABULARIES))));
    }
  }

  const instrumentsById = new Map(corpus.instruments.map((i) => [i.id, i]));
  for (const inst of corpus.instruments) {
    const at = loc.instruments.get(inst);
    inst.sources.forEach((s, i) => checkRef(s.source, ids.sources, 'source', at, ['sources', i, 'source']));
    inst.dates.forEach((d, i) => d.sources.forEach((s, j) => checkRef(s.source, ids.sources, 'source', at, ['dates', i, 'sources', j, 'source'])));
    inst.titles.forEach((t, i) => t.sources.forEach((s, j) => checkRef(s.source, ids.sources, 'source', at, ['titles', i, 'sources', j, 'source'])));
    inst.amendments.forEach((a, i) => a.sources.forEach((s, j) => checkRef(s.source, ids.sources, 'source', at, ['amendments', i, 'sources', j, 'source'])));
    checkUnconfirmed(inst, at, out);
  }

  const provisionsByInstrument = new Map<string, Set<string>>();
  for (const p of corpus.provisions) {
    const set = provisionsByInstrument.get(p.instrument) ?? new Set<string>();
    set.add(p.local);
    provisionsByInstrument.set(p.instrument, set);
  }
  const reportedFiles = new Set<string>();
  for (const p of corpus.provisions) {
    const at = loc.provisions.get(p);
    const inst = instrumentsById.get(p.instrument);
    if (!inst) {
      if (invalidIds.has(p.instrument)) continue;
      // Reported once per provisions file, at its `instrument` field.
      if (at && !reportedFiles.has(at.file)) {
        reportedFiles.add(at.file);
        out.push({ file: at.file, line: at.lineOf(['instrument']), field: 'instrument', message: unknownReference('instrument', p.instrument, ids.instruments) });
      }
      continue;
    }
    if (p.part !== undefined) {
      const parts = inst.parts.map((x) => x.id);
      checkRef(p.part, new Set(parts), `Part of ${inst.id}`, at, ['part']);
    }
    if (p.parent !== undefined) checkRef(p.parent, provisionsByInstrument.get(p.instrument)!, `provision of ${inst.id}`, at, ['parent']);
    const amendments = new Set(inst.amendments.map((a) => a.id));
    p.history.forEach((h, i) => {
      if (h.by !== undefined) checkRef(h.by, amendments, `amending instrument listed in ${inst.id}`, at, ['history', i, 'by']);
    });
    checkRefs(p.themes, ids.themes, 'theme', at, ['themes']);
    p.sources.forEach((s, i) => checkRef(s.source, ids.sources, 'source', at, ['sources', i, 'source']));
    p.definitions.forEach((d, i) => {
      d.sources?.forEach((s, j) => checkRef(s.source, ids.sources, 'source', at, ['definitions', i, 'sources', j, 'source']));
      checkUnconfirmed(d, at, out, ['definitions', i]);
    });
    checkUnconfirmed(p, at, out);
  }

  for (const theme of corpus.themes) {
    const at = loc.themes.get(theme);
    for (const [instrument, cell] of Object.entries(theme.matrix)) {
      checkRef(instrument, ids.instruments, 'instrument', at, ['matrix', instrument]);
      checkRefs(cell.provisions, ids.provisions, 'provision', at, ['matrix', instrument, 'provisions']);
    }
  }

  checkUnique(corpus.terms, (t) => t.id, (t) => loc.terms.get(t), 'term', out);
  for (const term of corpus.terms) {
    const at = loc.terms.get(term);
    const defining = new Set(definitionsOf(term, corpus.provisions).map((d) => d.instrument));
    if (at && defining.size < 2) {
      out.push(problemAt(at, [term.matches.length ? 'matches' : 'term'], `a term page needs definitions from two or more instruments; "${termMatches(term).join('", "')}" is defined in ${defining.size ? [...defining].join(', ') : 'no instrument'} (definitions are matched by their "term", ignoring case)`));
    }
  }

  const seenLinks = new Map<string, string>();
  for (const link of corpus.links) {
    const at = loc.links.get(link);
    checkRef(link.from, ids.provisions, 'provision', at, ['from']);
    checkRef(link.to, ids.provisions, 'provision', at, ['to']);
    if (at && link.from === link.to) out.push(problemAt(at, ['to'], 'a provision cannot link to itself'));
    const key = [link.from, link.to].sort().join(' ') + ` ${link.relation}`;
    const prev = seenLinks.get(key);
    if (at && prev) out.push(problemAt(at, ['relation'], `duplicate link: the same pair and relation is already ${prev}`));
    else if (at) seenLinks.set(key, `${at.entry} of ${at.file}`);
  }

  for (const rec of corpus.recommendations) {
    const at = loc.recommendations.get(rec);
    checkRef(rec.provenance.source, ids.sources, 'source', at, ['provenance', 'source']);
    checkRefs(rec.actors, ids.actors, 'actor', at, ['actors']);
    checkRefs(rec.themes, ids.themes, 'theme', at, ['themes']);
    checkRefs(rec.targets, ids.provisions, 'provision', at, ['targets']);
  }

  for (const gap of corpus.gaps) {
    const at = loc.gaps.get(gap);
    checkRefs(gap.themes, ids.themes, 'theme', at, ['themes']);
    checkRefs(gap.standard, ids.provisions, 'provision', at, ['standard']);
    checkRefs(gap.provisions, ids.provisions, 'provision', at, ['provisions']);
    checkRefs(gap.recommendations, ids.recommendations, 'recommendation', at, ['recommendations']);
    gap.sources.forEach((s, i) => checkRef(s.source, ids.sources, 'source', at, ['sources', i, 'source']));
  }

  // Citations in our prose must resolve: a citation of a provision that does not exist is reported where it stands.
  const citations = buildCitationIndex(corpus.instruments, corpus.provisions);
  const checkProse = (text: string | undefined, at: Location | undefined, field: PathKey[]) => {
    if (!text || !at) return;
    for (const bad of unresolvedCitations(text, citations)) {
      out.push(problemAt(at, field, `citation "${bad.text}" resolves to no provision: ${bad.reason}`));
    }
  };
  for (const p of corpus.provisions) {
    const at = loc.provisions.get(p);
    checkProse(p.summary, at, ['summary']);
    checkProse(p.note, at, ['note']);
    p.definitions.forEach((d, i) => checkProse(d.summary, at, ['definitions', i, 'summary']));
  }
  for (const t of corpus.themes) {
    checkProse(t.summary, loc.themes.get(t), ['summary']);
    for (const [instrument, cell] of Object.entries(t.matrix)) checkProse(cell.reason, loc.themes.get(t), ['matrix', instrument, 'reason']);
  }
  for (const l of corpus.links) checkProse(l.note, loc.links.get(l), ['note']);
  for (const t of corpus.terms) checkProse(t.differences, loc.terms.get(t), ['differences']);
  for (const r of corpus.recommendations) checkProse(r.summary, loc.recommendations.get(r), ['summary']);
  for (const g of corpus.gaps) {
    const at = loc.gaps.get(g);
    checkProse(g.summary, at, ['summary']);
    if (at) {
      // The body follows the front matter: report the line in the file.
      for (const bad of unresolvedCitations(g.body, citations)) {
        out.push({ file: at.file, line: g.bodyLine + bad.line - 1, entry: at.entry, message: `citation "${bad.text}" resolves to no provision: ${bad.reason}` });
      }
    }
  }
  return out;
}
