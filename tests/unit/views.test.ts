/** The small pure helpers pages rely on: citations, dates, arrangement, element formatting, link graph, JSON-LD. */
import { describe, expect, it } from 'vitest';
import { buildArrangementIndex, groupByPart, isAnnotated } from '../../src/lib/arrangement.ts';
import { formatDate, fullCitation, provisionLabel, shortCitation } from '../../src/lib/citation-format.ts';
import { formatElement, statedElements } from '../../src/lib/elements.ts';
import { anchorSlug, partAnchor, provisionPath, splitProvisionId } from '../../src/lib/ids.ts';
import { provisionJsonLd } from '../../src/lib/json-ld.ts';
import { buildLinkGraph } from '../../src/lib/link-graph.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { MINIMAL } from '../helpers/fixture-corpus.ts';

const { corpus } = loadContent(MINIMAL);
const act = corpus.instruments.find((i) => i.id === 'alpha-act')!;
const treaty = corpus.instruments.find((i) => i.id === 'beta-treaty')!;
const prov = (id: string) => corpus.provisions.find((p) => p.id === id)!;

describe('citations', () => {
  it('cites sections of Acts and articles of treaties', () => {
    expect(shortCitation(prov('alpha-act/s9a'), act)).toBe('s 9A Alpha Act');
    expect(fullCitation(prov('alpha-act/s9a'), act)).toBe('Alpha Protection Act 2001 (Act 1), section 9A');
    expect(shortCitation(prov('beta-treaty/art3-c'), treaty)).toBe('Art 3(c) Beta Protocol');
    expect(fullCitation(prov('beta-treaty/art3-c'), treaty)).toBe('Beta Protocol, Article 3(c)');
    expect(provisionLabel(prov('alpha-act/s2'), act)).toBe('s 2');
  });
  it('formats calendar dates without time zones and rejects other input', () => {
    expect(formatDate('2022-02-22')).toBe('22 February 2022');
    expect(formatDate('2007-07-01')).toBe('1 July 2007');
    expect(formatDate('2009-02')).toBe('February 2009');
    expect(formatDate('2012')).toBe('2012');
    expect(() => formatDate('22/02/2022')).toThrow(/YYYY-MM-DD/);
  });
});

describe('ids', () => {
  it('splits provision ids and builds their URLs', () => {
    expect(splitProvisionId('beta-treaty/art3-c')).toEqual({ instrument: 'beta-treaty', local: 'art3-c' });
    expect(splitProvisionId('Beta/art3')).toBeNull();
    expect(splitProvisionId('beta-treaty/3')).toBeNull();
    expect(provisionPath('alpha-act/s9a')).toBe('/instruments/alpha-act/s9a/');
    expect(partAnchor('III A')).toBe('part-iii-a');
    expect(anchorSlug('Trafficking in persons (2022)')).toBe('trafficking-in-persons-2022');
  });
});

describe('arrangement', () => {
  it('groups provisions under their Parts in file order', () => {
    const groups = groupByPart(act, buildArrangementIndex(corpus.provisions).of('alpha-act'));
    expect(groups.map((g) => [g.part?.id, g.provisions.map((p) => p.local)])).toEqual([
      ['I', ['s2']],
      ['II', ['s9', 's9a']],
    ]);
  });
  it('finds previous and next within the same instrument only', () => {
    const index = buildArrangementIndex(corpus.provisions);
    expect(index.neighbours(prov('alpha-act/s9'))).toMatchObject({ previous: { local: 's2' }, next: { local: 's9a' } });
    expect(index.neighbours(prov('alpha-act/s9a')).next).toBeUndefined();
    expect(index.neighbours(prov('beta-treaty/art3')).previous).toBeUndefined();
    expect(index.children(prov('beta-treaty/art3')).map((p) => p.local)).toEqual(['art3-c']);
    expect(index.parent(prov('beta-treaty/art3-c'))?.local).toBe('art3');
  });
  it('tells annotated provisions from bare arrangement entries', () => {
    expect(isAnnotated(prov('alpha-act/s9'))).toBe(true);
    expect(isAnnotated(prov('alpha-act/s2'))).toBe(true); // definitions count
    expect(isAnnotated(prov('alpha-act/s9a'))).toBe(false);
  });
});

describe('elements', () => {
  it('formats each kind of element value', () => {
    expect(formatElement('imprisonmentMaxYears', 'life')).toBe('Life imprisonment');
    expect(formatElement('imprisonmentMaxYears', 1)).toBe('1 year');
    expect(formatElement('imprisonmentMinYears', 0)).toBe('None');
    expect(formatElement('ageThreshold', 18)).toBe('under 18');
    expect(formatElement('meansRequired', false)).toBe('No');
    expect(formatElement('whipping', 'liable')).toBe('Liable to whipping');
  });
  it('lists only stated elements, in display order', () => {
    expect(statedElements(prov('alpha-act/s9').elements).map((e) => e.key)).toEqual(['ageThreshold', 'meansRequired', 'imprisonmentMaxYears']);
    expect(statedElements(undefined)).toEqual([]);
  });
});

describe('link graph', () => {
  it('shows every link on both ends, grouped by relation', () => {
    const graph = buildLinkGraph(corpus.links);
    expect(graph.of('beta-treaty/art3-c').map((e) => [e.other, e.direction])).toEqual([
      ['alpha-act/s9', 'in'],
      ['alpha-act/s9a', 'in'],
    ]);
    expect(graph.grouped('beta-treaty/art3-c').map((g) => [g.relation, g.direction])).toEqual([['implements', 'in'], ['partial', 'in']]);
    expect(graph.of('alpha-act/s2')).toEqual([]);
  });
});

describe('JSON-LD', () => {
  it('describes a provision as schema.org Legislation with its changes', () => {
    const ld = provisionJsonLd(prov('alpha-act/s9a'), act, corpus.site, new URL('https://example.org'));
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      '@id': 'https://example.org/instruments/alpha-act/s9a/',
      legislationIdentifier: 'alpha-act/s9a',
      legislationJurisdiction: 'Testland',
      legislationLegalForce: 'InForce',
      legislationDate: '2001-01-02',
      legislationChanges: [{ '@type': 'Legislation', legislationIdentifier: 'A100', name: 'Alpha (Amendment) Act 2010', legislationDate: '2010-05-01' }],
    });
  });
});
