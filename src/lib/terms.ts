/**
 * Defined terms across instruments: which provisions define each term, and the links from our prose to the term's
 * page. A term page exists for a term two or more instruments define.
 */
import type { Definition, Term } from './schema.ts';

export interface TermDefinition {
  provision: string;
  instrument: string;
  definition: Definition;
}

export function termMatches(term: Term): string[] {
  return (term.matches.length ? term.matches : [term.term]).map((t) => t.toLowerCase());
}

/** Every definition entry, in arrangement order, whose term is one of the term's matches. */
export function definitionsOf(term: Term, provisions: readonly { id: string; instrument: string; definitions: Definition[] }[]): TermDefinition[] {
  const wanted = new Set(termMatches(term));
  return provisions.flatMap((p) =>
    p.definitions.filter((d) => wanted.has(d.term.toLowerCase())).map((definition) => ({ provision: p.id, instrument: p.instrument, definition })),
  );
}

export function termPath(id: string): string {
  return `/terms/${id}/`;
}

export type TermSegment = string | { text: string; href: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Links the first use of each autolinked term in `text` to its page. `used` carries the terms already linked in the
 * same document, so a term is linked once per page, not at every mention.
 */
export function linkTerms(text: string, terms: readonly Term[], used: Set<string> = new Set()): TermSegment[] {
  const candidates = terms.filter((t) => t.autolink && !used.has(t.id));
  if (!candidates.length) return [text];
  const byWord = new Map<string, Term>();
  for (const t of candidates) byWord.set(t.term.toLowerCase(), t);
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(?<![A-Za-z0-9-])(${words.join('|')})(?![A-Za-z0-9-])`, 'gi');
  const out: TermSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const term = byWord.get(m[1]!.toLowerCase())!;
    if (used.has(term.id)) continue;
    used.add(term.id);
    if (m.index! > at) out.push(text.slice(at, m.index));
    out.push({ text: m[0], href: termPath(term.id) });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
