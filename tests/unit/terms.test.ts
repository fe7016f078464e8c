import { describe, expect, it } from 'vitest';
import { definitionsOf, linkTerms } from '../../src/lib/terms.ts';
import type { Term } from '../../src/lib/schema.ts';

const term = (id: string, t: string, extra: Partial<Term> = {}): Term => ({ id, term: t, matches: [], differences: 'x', autolink: true, ...extra });

describe('defined terms', () => {
  it('finds every definition of a term, by any of its matching names', () => {
    const provisions = [
      { id: 'a/s2', instrument: 'a', definitions: [{ term: 'Child', summary: 'under 18', confidence: 'confirmed-primary' as const, unconfirmed: [] }] },
      { id: 'b/art1', instrument: 'b', definitions: [{ term: 'child pornography', summary: '...', confidence: 'confirmed-primary' as const, unconfirmed: [] }] },
      { id: 'c/s4', instrument: 'c', definitions: [{ term: 'child sexual abuse material', summary: '...', confidence: 'confirmed-primary' as const, unconfirmed: [] }] },
    ];
    expect(definitionsOf(term('child', 'child'), provisions).map((d) => d.provision)).toEqual(['a/s2']);
    expect(definitionsOf(term('csam', 'child sexual abuse material', { matches: ['child sexual abuse material', 'child pornography'] }), provisions).map((d) => d.provision)).toEqual(['b/art1', 'c/s4']);
  });
  it('links the first use of each autolinked term once per document, longest term first', () => {
    const terms = [term('tip', 'trafficking in persons'), term('exp', 'exploitation'), term('child', 'child', { autolink: false })];
    const used = new Set<string>();
    expect(linkTerms('Trafficking in persons for exploitation; more exploitation of a child.', terms, used)).toEqual([
      { text: 'Trafficking in persons', href: '/terms/tip/' },
      ' for ',
      { text: 'exploitation', href: '/terms/exp/' },
      '; more exploitation of a child.',
    ]);
    expect(linkTerms('exploitation again', terms, used)).toEqual(['exploitation again']);
  });
});
