import { describe, expect, it } from 'vitest';
import { applySelection, facetCounts, FACETS, selectionFromQuery, selectionToQuery, type Facet, type FacetedItem } from '../../src/lib/facets.ts';

const item = (id: string, f: Partial<Record<Facet, string[]>>): FacetedItem => ({
  id,
  facets: Object.fromEntries(FACETS.map((k) => [k, f[k] ?? []])) as FacetedItem['facets'],
});
const items = [
  item('a', { actor: ['jkm', 'police'], type: ['policy'], priority: ['high'] }),
  item('b', { actor: ['police'], type: ['training'], priority: ['high'] }),
  item('c', { actor: ['immigration'], type: ['policy'], priority: ['low'] }),
];

describe('facets', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    expect(applySelection(items, { actor: new Set(['jkm', 'immigration']) }).map((i) => i.id)).toEqual(['a', 'c']);
    expect(applySelection(items, { actor: new Set(['police']), type: new Set(['policy']) }).map((i) => i.id)).toEqual(['a']);
    expect(applySelection(items, {}).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(applySelection(items, {}, new Set(['b'])).map((i) => i.id)).toEqual(['b']);
  });
  it('counts each value with the other facets applied', () => {
    const counts = facetCounts(items, { type: new Set(['policy']) });
    expect(Object.fromEntries(counts.actor)).toEqual({ jkm: 1, police: 1, immigration: 1 });
    // The type facet's own counts ignore its own selection, so the reader sees what switching would give.
    expect(Object.fromEntries(counts.type)).toEqual({ policy: 2, training: 1 });
    expect(Object.fromEntries(counts.priority)).toEqual({ high: 1, low: 1 });
  });
  it('round-trips a selection through the URL and reports what it does not understand', () => {
    const query = selectionToQuery({ actor: new Set(['police', 'jkm']), type: new Set(['policy']) }, 'shelter');
    expect(query).toBe('?q=shelter&actor=jkm&actor=police&type=policy');
    const known = Object.fromEntries(FACETS.map((f) => [f, new Set(['jkm', 'police', 'policy'])])) as Record<Facet, Set<string>>;
    const back = selectionFromQuery(`${query}&actor=nobody&colour=red`, known);
    expect(back.text).toBe('shelter');
    expect([...back.selection.actor!]).toEqual(['jkm', 'police']);
    expect(back.ignored).toEqual(['actor=nobody', 'colour=red']);
  });
});
