/**
 * Faceted filtering of recommendations: by actor, type, theme, instrument, source and priority. Pure functions, used
 * at build time (the counts shown without JavaScript) and in the browser (the filter island), so both agree.
 *
 * Within a facet the chosen values are alternatives (actor = JKM or Police); across facets they combine (actor AND
 * type). Counts for a facet are computed with every other facet's selection applied, so a count says how many results
 * choosing that value would give.
 */

export const FACETS = ['actor', 'type', 'theme', 'instrument', 'source', 'priority'] as const;
export type Facet = (typeof FACETS)[number];

export type FacetValues = Record<Facet, string[]>;
export interface FacetedItem {
  id: string;
  facets: FacetValues;
}
export type Selection = Partial<Record<Facet, ReadonlySet<string>>>;

function matches(item: FacetedItem, selection: Selection, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const chosen = selection[facet];
    if (chosen && chosen.size > 0 && !item.facets[facet].some((v) => chosen.has(v))) return false;
  }
  return true;
}

/** The items that pass every facet's selection (and, when given, whose id is in `only`, e.g. text-search hits). */
export function applySelection<T extends FacetedItem>(items: readonly T[], selection: Selection, only?: ReadonlySet<string>): T[] {
  return items.filter((item) => (!only || only.has(item.id)) && matches(item, selection));
}

/** For each facet, how many items each value would match given the other facets' selections. */
export function facetCounts(items: readonly FacetedItem[], selection: Selection, only?: ReadonlySet<string>): Record<Facet, Map<string, number>> {
  const out = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const item of items) {
    if (only && !only.has(item.id)) continue;
    for (const facet of FACETS) {
      if (!matches(item, selection, facet)) continue;
      for (const v of new Set(item.facets[facet])) out[facet].set(v, (out[facet].get(v) ?? 0) + 1);
    }
  }
  return out;
}

/** The selection and text query as URL search parameters: `?actor=jkm&actor=police&type=policy&q=shelter`. */
export function selectionToQuery(selection: Selection, text = ''): string {
  const params = new URLSearchParams();
  if (text.trim()) params.set('q', text.trim());
  for (const facet of FACETS) for (const v of [...(selection[facet] ?? [])].sort()) params.append(facet, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Reads a selection from URL search parameters. Unknown facets and values are returned in `ignored` so the page can
 * say what it did not understand instead of silently dropping it.
 */
export function selectionFromQuery(
  search: string,
  known: Record<Facet, ReadonlySet<string>>,
): { selection: Selection; text: string; ignored: string[] } {
  const params = new URLSearchParams(search);
  const selection: Partial<Record<Facet, Set<string>>> = {};
  const ignored: string[] = [];
  for (const [key, value] of params) {
    if (key === 'q') continue;
    if (!(FACETS as readonly string[]).includes(key)) {
      ignored.push(`${key}=${value}`);
      continue;
    }
    const facet = key as Facet;
    if (!known[facet].has(value)) {
      ignored.push(`${key}=${value}`);
      continue;
    }
    (selection[facet] ??= new Set()).add(value);
  }
  return { selection, text: params.get('q') ?? '', ignored };
}

/** The facet values of one recommendation; `instrument` is derived from the provisions it targets. */
export function recommendationFacets(rec: {
  actors: readonly string[];
  type: string;
  themes: readonly string[];
  targets: readonly string[];
  provenance: { source: string };
  priority: string;
}): FacetValues {
  return {
    actor: [...rec.actors],
    type: [rec.type],
    theme: [...rec.themes],
    instrument: [...new Set(rec.targets.map((t) => t.slice(0, t.indexOf('/'))))],
    source: [rec.provenance.source],
    priority: [rec.priority],
  };
}
