/**
 * The validated content, read once from Astro's collections, with the lookups every page needs. Pages only render
 * what this module and src/lib compute.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildArrangementIndex, type ArrangementIndex } from '../lib/arrangement.ts';
import { buildCitationIndex, citationSegments, type CitationIndex, type ProseSegment } from '../lib/citations.ts';
import { headingText } from '../lib/citation-format.ts';
import { provisionPath } from '../lib/ids.ts';
import { buildLinkGraph, type LinkGraph } from '../lib/link-graph.ts';
import type { Gap, Link, Provision, Recommendation } from '../lib/load-content.ts';
import type { Instrument, Site, Source, Term, Theme } from '../lib/schema.ts';
import { linkTerms } from '../lib/terms.ts';
import { dataFiles } from '../lib/open-data.ts';
import type { VocabularyName } from '../lib/vocabulary.ts';

export interface SiteData {
  site: Site;
  instruments: Instrument[];
  provisions: Provision[];
  themes: Theme[];
  terms: Term[];
  links: Link[];
  recommendations: Recommendation[];
  sources: Source[];
  gaps: Omit<Gap, 'body' | 'bodyLine'>[];
  instrument(id: string): Instrument;
  provision(id: string): Provision;
  source(id: string): Source;
  linkGraph: LinkGraph;
  arrangement: ArrangementIndex;
  /** The open data files under /data/, computed once for the route that serves them and the page that lists them. */
  dataFiles(): ReturnType<typeof dataFiles>;
  citations: CitationIndex;
  /** The heading a provision is shown with (see headingText). */
  heading(p: Provision): string;
  theme(id: string): Theme;
  recommendation(id: string): Recommendation;
  /** The gaps whose analyses cite a recommendation as closing them. */
  gapsClosedBy(recommendationId: string): SiteData['gaps'];
  /**
   * Our prose split into text and links: citations to their provisions and, with `terms`, the first use of each
   * defined term to its page (used for the main prose of a page only, so terms are not linked in every card).
   */
  prose(text: string, options?: { terms?: boolean }): ProseSegment[];
  /** The label of a vocabulary value, from content/site.yaml. */
  label(vocabulary: VocabularyName, value: string): string;
  describe(vocabulary: VocabularyName, value: string): string | undefined;
  /** The label of a relation read from its other end ("Implemented by"). */
  inverseLabel(vocabulary: VocabularyName, value: string): string;
}

function indexBy<T extends { id: string }>(items: T[], kind: string): (id: string) => T {
  const map = new Map(items.map((i) => [i.id, i]));
  return (id) => {
    const hit = map.get(id);
    // The content checker guarantees references resolve, so a miss here is a bug in a page, not in content.
    if (!hit) throw new Error(`unknown ${kind} "${id}"`);
    return hit;
  };
}

async function load(): Promise<SiteData> {
  const data = async <C extends CollectionKey>(c: C): Promise<CollectionEntry<C>['data'][]> =>
    (await getCollection(c)).map((e: CollectionEntry<C>) => e.data);
  const [[site], instruments, provisions, themes, terms, links, recommendations, sources, gapEntries] = await Promise.all([
    data('site'),
    data('instruments'),
    data('provisions'),
    data('themes'),
    data('terms'),
    data('links'),
    data('recommendations'),
    data('sources'),
    getCollection('gaps'),
  ]);
  if (!site) throw new Error('content/site.yaml did not load');
  const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id);
  instruments.sort(byOrder);
  themes.sort(byOrder);
  const instrumentOrder = new Map(instruments.map((i, n) => [i.id, n]));
  provisions.sort((a, b) => instrumentOrder.get(a.instrument)! - instrumentOrder.get(b.instrument)! || a.position - b.position);
  const gaps = gapEntries.map((g) => ({ ...g.data, id: g.id })).sort(byOrder);
  const citations = buildCitationIndex(instruments, provisions);
  const arrangement = buildArrangementIndex(provisions);
  const instrumentOf = indexBy(instruments, 'instrument');
  let files: ReturnType<typeof dataFiles> | undefined;
  const self: SiteData = {
    site,
    instruments,
    provisions,
    themes,
    terms: terms.sort((a, b) => a.term.localeCompare(b.term)),
    links,
    recommendations,
    sources,
    gaps,
    instrument: instrumentOf,
    provision: indexBy(provisions, 'provision'),
    source: indexBy(sources, 'source'),
    linkGraph: buildLinkGraph(links),
    arrangement,
    dataFiles: () => (files ??= dataFiles(self, (s) => self.label('matrixStatus', s))),
    citations,
    heading: (p) => {
      return headingText(p, instrumentOf(p.instrument), arrangement.parent(p));
    },
    theme: indexBy(themes, 'theme'),
    recommendation: indexBy(recommendations, 'recommendation'),
    gapsClosedBy: (id) => gaps.filter((g) => g.recommendations.includes(id)),
    prose: (text, options = {}) => {
      const segments = citationSegments(text, citations, provisionPath);
      if (!options.terms) return segments;
      const used = new Set<string>();
      return segments.flatMap((s): ProseSegment[] => (typeof s === 'string' ? linkTerms(s, terms, used).map((t) => (typeof t === 'string' ? t : { ...t, ids: [] as string[] })) : [s]));
    },
    label: (vocabulary, value) => site.labels[vocabulary]?.[value]?.label ?? value,
    describe: (vocabulary, value) => site.labels[vocabulary]?.[value]?.description,
    inverseLabel: (vocabulary, value) => site.labels[vocabulary]?.[value]?.inverse ?? site.labels[vocabulary]?.[value]?.label ?? value,
  };
  return self;
}

let cached: Promise<SiteData> | undefined;
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
