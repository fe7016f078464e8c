/**
 * Citation parsing: the forms people write ("s 14 ATIPSOM", "ATIPSOM 2007, s.14(1)", "Art 3(c) of the Trafficking
 * Protocol", "ss 12-14 ATIPSOM", "Penal Code s 375 Exception") resolved to provision ids. Instrument names come from
 * the content (each instrument's title, short title, number and aliases), so the parser knows no instrument itself.
 *
 * One parser serves the search box (a whole query), the remark plugin and the prose renderer (citations found in
 * running text).
 */
import { provisionId } from './ids.ts';

export interface CitableInstrument {
  id: string;
  kind: 'act' | 'state-enactment' | 'treaty';
  title: string;
  shortTitle: string;
  number?: string;
  aliases: readonly string[];
}
export interface CitableProvision {
  id: string;
  instrument: string;
  local: string;
  parent?: string;
  position: number;
}

export type ParseResult =
  | { ok: true; instrument: string; ids: string[]; /** Pinpoint below the provision we hold, e.g. "(1)". */ pinpoint?: string }
  | { ok: false; reason: string };

export interface CitationIndex {
  instruments: readonly CitableInstrument[];
  /** Every name an instrument is cited by, longest first, lower-cased, with the instrument and its matcher. */
  names: { name: string; instrument: CitableInstrument; pattern: RegExp }[];
  /** The pattern that finds citations in prose; compiled once, it is the costly part. */
  prosePattern: RegExp;
  provisions: ReadonlyMap<string, CitableProvision>;
  /** Top-level provisions of each instrument in arrangement order, for ranges. */
  arrangement: ReadonlyMap<string, CitableProvision[]>;
}

const SECTION_WORDS = new Set(['s', 'ss', 'sec', 'secs', 'section', 'sections']);
const ARTICLE_WORDS = new Set(['art', 'arts', 'article', 'articles']);

/** Builds the lookup tables once; pass the result to the parse functions. */
export function buildCitationIndex(instruments: readonly CitableInstrument[], provisions: readonly CitableProvision[]): CitationIndex {
  const names: CitationIndex['names'] = [];
  for (const instrument of instruments) {
    const all = new Set([instrument.title, instrument.shortTitle, ...(instrument.number ? [instrument.number] : []), ...instrument.aliases]);
    for (const name of all) {
      const lower = name.toLowerCase();
      names.push({ name: lower, instrument, pattern: new RegExp(`(?<![a-z0-9])${escapeRegExp(lower)}(?![a-z0-9])`, 'i') });
    }
  }
  names.sort((a, b) => b.name.length - a.name.length);
  const arrangement = new Map<string, CitableProvision[]>();
  for (const p of [...provisions].sort((a, b) => a.position - b.position)) {
    if (p.parent) continue;
    const list = arrangement.get(p.instrument) ?? [];
    list.push(p);
    arrangement.set(p.instrument, list);
  }
  const alternatives = names.map((n) => escapeRegExp(n.name)).join('|') || '(?!)';
  const prosePattern = new RegExp(
    String.raw`(?<![A-Za-z0-9])(?:(${REF_PATTERN})(?:,?\s+(?:of\s+)?(?:the\s+)?)(${alternatives})|(${alternatives}),?\s+(${REF_PATTERN}))(?![A-Za-z0-9])`,
    'gi',
  );
  return { instruments, names, prosePattern, provisions: new Map(provisions.map((p) => [p.id, p])), arrangement };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Normalises dashes, dots after unit words and white space. */
function normalise(text: string): string {
  return text
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `(1)(a)` -> ['1', 'a'] */
function subParts(paren: string): string[] {
  return [...paren.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim().toLowerCase());
}

const PROVISION_REF =
  /^(?:(s|ss|secs?|sections?|arts?|articles?)\.?\s*)?(\d+[a-z]{0,2})((?:\s*\([0-9a-z]{1,4}\))*)(?:\s*(?:-|to|and)\s*(\d+[a-z]{0,2}))?(?:\s+(exception|explanation)(?:\s*(\d+))?)?$/i;

/**
 * Resolves one provision reference (the part without the instrument name) within an instrument.
 * Sub-paragraphs such as "(c)" resolve to a sub-provision we hold (`art3-c`) or else to the provision itself with
 * the sub-paragraph kept as a pinpoint.
 */
function resolveReference(ref: string, instrument: CitableInstrument, index: CitationIndex): ParseResult {
  const m = PROVISION_REF.exec(ref);
  if (!m) return { ok: false, reason: `"${ref}" is not a section or article reference (expected e.g. "s 14" or "Art 3(c)")` };
  const [, unitWord, startNumber, parens = '', endNumber, special, specialNumber] = m;
  const unit = unitWord?.toLowerCase();
  const isTreaty = instrument.kind === 'treaty';
  if (unit && SECTION_WORDS.has(unit) && isTreaty) {
    return { ok: false, reason: `${instrument.shortTitle} is divided into articles, not sections (write "Art ${startNumber}")` };
  }
  if (unit && ARTICLE_WORDS.has(unit) && !isTreaty) {
    return { ok: false, reason: `${instrument.shortTitle} is divided into sections, not articles (write "s ${startNumber}")` };
  }
  const prefix = isTreaty ? 'art' : 's';
  const local = (n: string) => `${prefix}${n.toLowerCase()}`;
  const exists = (l: string) => index.provisions.has(provisionId(instrument.id, l));

  if (endNumber) {
    const list = index.arrangement.get(instrument.id) ?? [];
    const from = list.findIndex((p) => p.local === local(startNumber!));
    const to = list.findIndex((p) => p.local === local(endNumber));
    if (from < 0) return { ok: false, reason: `${instrument.shortTitle} has no ${isTreaty ? 'article' : 'section'} ${startNumber!.toUpperCase()} on this site` };
    if (to < 0) return { ok: false, reason: `${instrument.shortTitle} has no ${isTreaty ? 'article' : 'section'} ${endNumber.toUpperCase()} on this site` };
    if (to < from) return { ok: false, reason: `the range ${startNumber}-${endNumber} runs backwards` };
    return { ok: true, instrument: instrument.id, ids: list.slice(from, to + 1).map((p) => p.id) };
  }

  const base = local(startNumber!);
  if (!exists(base)) {
    return { ok: false, reason: `${instrument.shortTitle} has no ${isTreaty ? 'article' : 'section'} ${startNumber!.toUpperCase()} on this site` };
  }
  // Most specific first: s375-exception, art3-c, then the provision itself.
  const parts = subParts(parens);
  const candidates: { local: string; rest: string[] }[] = [];
  if (special) candidates.push({ local: `${base}-${special.toLowerCase()}${specialNumber ? `-${specialNumber}` : ''}`, rest: parts }, { local: `${base}-${special.toLowerCase()}`, rest: parts });
  for (let n = parts.length; n > 0; n--) candidates.push({ local: [base, ...parts.slice(0, n)].join('-'), rest: parts.slice(n) });
  candidates.push({ local: base, rest: parts });
  const hit = candidates.find((c) => exists(c.local))!;
  const pinpointParts = hit.rest.map((p) => `(${p})`).join('');
  const specialText = special && !hit.local.includes(special.toLowerCase()) ? ` ${special}${specialNumber ? ` ${specialNumber}` : ''}` : '';
  const pinpoint = `${pinpointParts}${specialText}`.trim();
  return { ok: true, instrument: instrument.id, ids: [provisionId(instrument.id, hit.local)], ...(pinpoint ? { pinpoint } : {}) };
}

/** Finds the instrument name in a query: the longest name that stands as whole words. */
function findInstrument(text: string, index: CitationIndex): { instrument: CitableInstrument; start: number; end: number } | null {
  const lower = text.toLowerCase();
  for (const { name, instrument, pattern } of index.names) {
    const m = pattern.exec(lower);
    if (m) return { instrument, start: m.index, end: m.index + name.length };
  }
  return null;
}

/**
 * Parses a whole query as a citation. Accepts the instrument before or after the reference, joined by "of (the)",
 * a comma or nothing.
 */
export function parseCitation(query: string, index: CitationIndex): ParseResult {
  const text = normalise(query);
  if (!text) return { ok: false, reason: 'empty citation' };
  const found = findInstrument(text, index);
  if (!found) {
    return /\d/.test(text)
      ? { ok: false, reason: `no instrument named in "${text}" (add one, e.g. "${text} ${index.instruments[0]?.shortTitle ?? ''}")` }
      : { ok: false, reason: `"${text}" names no instrument and no provision` };
  }
  const before = text.slice(0, found.start).trim();
  const after = text.slice(found.end).trim();
  const ref = (before && after ? null : before || after)
    ?.replace(/^,\s*/, '')
    .replace(/,$/, '')
    .replace(/\s+of(?:\s+the)?$/i, '')
    .replace(/^of(?:\s+the)?\s+/i, '')
    .replace(/\s+(?:of\s+)?the$/i, '')
    .replace(/^(?:the\s+)/i, '')
    .trim();
  if (ref === undefined || ref === null) return { ok: false, reason: `could not tell which provision of ${found.instrument.shortTitle} "${text}" means` };
  if (!ref) return { ok: false, reason: `"${text}" names ${found.instrument.shortTitle} but no section or article` };
  return resolveReference(ref, found.instrument, index);
}

export interface CitationMatch {
  /** Offsets in the searched text. */
  start: number;
  end: number;
  text: string;
  result: ParseResult;
}

const REF_PATTERN = String.raw`(?:ss?|secs?|sections?|arts?|articles?)\.?\s*\d+[A-Za-z]{0,2}(?:\s*\([0-9a-z]{1,4}\))*(?:\s*(?:-|–|to)\s*\d+[A-Za-z]{0,2})?(?:\s+(?:Exception|Explanation)(?:\s*\d+)?)?`;

/**
 * Finds citations in running prose. A citation is a section or article reference next to an instrument name
 * ("s 14 ATIPSOM", "Article 3(c) of the Trafficking Protocol", "ATIPSOM s 16"); a bare "s 14" is not one, because it
 * names no instrument. Each match carries its parse result, so an unresolvable citation can be reported.
 */
export function findCitations(text: string, index: CitationIndex): CitationMatch[] {
  if (!index.names.length) return [];
  const out: CitationMatch[] = [];
  for (const m of text.matchAll(index.prosePattern)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], result: parseCitation(m[0], index) });
  }
  return out;
}

export type ProseSegment = string | { text: string; href: string; ids: string[] };

/**
 * Splits prose into plain text and citation links (to the first provision cited; a range links to its start).
 * Unresolvable citations stay plain text here: the content checker and the remark plugin report them.
 */
export function citationSegments(text: string, index: CitationIndex, pathFor: (id: string) => string): ProseSegment[] {
  const segments: ProseSegment[] = [];
  let at = 0;
  for (const m of findCitations(text, index)) {
    if (!m.result.ok) continue;
    if (m.start > at) segments.push(text.slice(at, m.start));
    segments.push({ text: m.text, href: pathFor(m.result.ids[0]!), ids: m.result.ids });
    at = m.end;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}

/** Citations in prose that resolve to no provision, with the line (1-based) of each within the text. */
export function unresolvedCitations(text: string, index: CitationIndex): { line: number; text: string; reason: string }[] {
  return findCitations(text, index)
    .filter((m) => !m.result.ok)
    .map((m) => ({
      line: text.slice(0, m.start).split('\n').length,
      text: m.text,
      reason: (m.result as { reason: string }).reason,
    }));
}
