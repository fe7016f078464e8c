/**
 * schema.org `Legislation` JSON-LD for instrument and provision pages, so search engines and citation tools can read
 * the identifier, jurisdiction, dates and changes.
 */
import { fullCitation, shortCitation } from './citation-format.ts';
import { instrumentPath, provisionPath } from './ids.ts';
import type { Provision } from './load-content.ts';
import type { Instrument, Site } from './schema.ts';

type JsonLd = Record<string, unknown>;

const LEGAL_FORCE: Record<Provision['status'], string> = {
  'in-force': 'InForce',
  amended: 'InForce',
  inserted: 'InForce',
  substituted: 'InForce',
  repealed: 'NotInForce',
  'not-in-force': 'NotInForce',
};

/** The date the instrument was made: assent for Acts, adoption for treaties. */
function legislationDate(instrument: Instrument): string | undefined {
  const made = instrument.dates.find((d) => d.event === 'royal-assent' || d.event === 'adoption');
  return made?.date;
}

function absolute(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

export function instrumentJsonLd(instrument: Instrument, site: Site, base: URL | undefined): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': absolute(instrumentPath(instrument.id), base),
    name: instrument.title,
    alternateName: instrument.aliases,
    legislationIdentifier: instrument.number ?? instrument.shortTitle,
    legislationJurisdiction: instrument.jurisdiction,
    legislationType: instrument.kind === 'treaty' ? 'Treaty' : 'Act',
    legislationDate: legislationDate(instrument),
    legislationLegalForce: 'InForce',
    legislationChanges: instrument.amendments.map((a) => ({
      '@type': 'Legislation',
      name: a.title,
      legislationIdentifier: a.id,
      ...(a.inForce ? { legislationDate: a.inForce } : {}),
    })),
    sameAs: instrument.officialSource.url,
    dateModified: instrument.asAt,
    publisher: { '@type': 'Organization', name: site.name },
  };
}

export function provisionJsonLd(p: Provision, instrument: Instrument, site: Site, base: URL | undefined): JsonLd {
  const amendments = new Map(instrument.amendments.map((a) => [a.id, a]));
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': absolute(provisionPath(p.id), base),
    name: `${fullCitation(p, instrument)}${p.heading ? `: ${p.heading}` : ''}`,
    alternateName: shortCitation(p, instrument),
    legislationIdentifier: p.id,
    legislationJurisdiction: instrument.jurisdiction,
    legislationType: instrument.kind === 'treaty' ? 'Treaty article' : 'Section',
    legislationDate: legislationDate(instrument),
    legislationLegalForce: LEGAL_FORCE[p.status],
    legislationChanges: p.history
      .filter((h) => h.by)
      .map((h) => ({
        '@type': 'Legislation',
        name: amendments.get(h.by!)?.title ?? h.by,
        legislationIdentifier: h.by,
        ...(h.date ? { legislationDate: h.date } : {}),
      })),
    isPartOf: { '@type': 'Legislation', '@id': absolute(instrumentPath(instrument.id), base), name: instrument.title },
    temporalCoverage: `../${p.asAt}`,
    dateModified: p.asAt,
    ...(p.summary ? { abstract: p.summary } : {}),
    publisher: { '@type': 'Organization', name: site.name },
  };
}
