/** The citation parser against the real corpus: the forms lawyers and students type, and forms it must reject. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCitationIndex, findCitations, parseCitation } from '../../src/lib/citations.ts';
import { loadContent } from '../../src/lib/load-content.ts';

const { corpus } = loadContent(join(import.meta.dirname, '..', '..', 'content'));
const index = buildCitationIndex(corpus.instruments, corpus.provisions);

/** Written form -> the provision ids it must resolve to. */
const accepted: [string, string[]][] = [
  ['s 14 ATIPSOM', ['atipsom-2007/s14']],
  ['s14 ATIPSOM', ['atipsom-2007/s14']],
  ['s. 14 ATIPSOM', ['atipsom-2007/s14']],
  ['S 14 atipsom', ['atipsom-2007/s14']],
  ['section 14 ATIPSOM 2007', ['atipsom-2007/s14']],
  ['ATIPSOM 2007, s.14(1)', ['atipsom-2007/s14']],
  ['ATIPSOM s 16', ['atipsom-2007/s16']],
  ['s 16 ATIPSOM', ['atipsom-2007/s16']],
  ['section 14 of the Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007', ['atipsom-2007/s14']],
  ['section 12 of the Anti-Trafficking in Persons Act 2007', ['atipsom-2007/s12']],
  ['Act 670 s 14', ['atipsom-2007/s14']],
  ['Act 670, section 26A', ['atipsom-2007/s26a']],
  ['s 26A ATIPSOM', ['atipsom-2007/s26a']],
  ['s 26a ATIPSOM', ['atipsom-2007/s26a']],
  ['s 15A ATIPSOM', ['atipsom-2007/s15a']],
  ['ss 12-14 ATIPSOM', ['atipsom-2007/s12', 'atipsom-2007/s13', 'atipsom-2007/s14']],
  ['ss 12–14 ATIPSOM', ['atipsom-2007/s12', 'atipsom-2007/s13', 'atipsom-2007/s14']],
  ['sections 15 to 16 of ATIPSOM', ['atipsom-2007/s15', 'atipsom-2007/s15a', 'atipsom-2007/s16']],
  ['Art 3(a) of the Trafficking Protocol', ['un-tip-protocol/art3-a']],
  ['Article 3(c) UN Protocol', ['un-tip-protocol/art3-c']],
  ['Art. 3(d) Palermo Protocol', ['un-tip-protocol/art3-d']],
  ['Article 3 of the Palermo Protocol', ['un-tip-protocol/art3']],
  ['Trafficking Protocol, Art 6', ['un-tip-protocol/art6']],
  ['Arts 6-8 Trafficking Protocol', ['un-tip-protocol/art6', 'un-tip-protocol/art7', 'un-tip-protocol/art8']],
  ['art 14 UN Trafficking Protocol', ['un-tip-protocol/art14']],
  ['Article 6(3) of the Trafficking Protocol', ['un-tip-protocol/art6']],
  ['Penal Code s 375', ['penal-code/s375']],
  ['Penal Code s 375 Exception', ['penal-code/s375-exception']],
  ['s 375 Exception Penal Code', ['penal-code/s375-exception']],
  ['section 375 of the Penal Code', ['penal-code/s375']],
  ['s 376 Penal Code', ['penal-code/s376']],
  ['Act 574 s 82', ['penal-code/s82']],
  ['Child Act s 2', ['child-act-2001/s2']],
  ['Child Act 2001, s 2', ['child-act-2001/s2']],
  ['Act 611 s 2', ['child-act-2001/s2']],
  ['SOACA s 2', ['soaca-2017/s2']],
  ['section 2 of the Sexual Offences Against Children Act 2017', ['soaca-2017/s2']],
  ['Act 792 s 2', ['soaca-2017/s2']],
];

/** Forms that must be rejected, with the reason the reader sees. */
const rejected: [string, RegExp][] = [
  ['s 99 ATIPSOM', /ATIPSOM 2007 has no section 99/],
  ['s 14', /no instrument named/],
  ['Art 3 ATIPSOM', /divided into sections, not articles/],
  ['s 3 Trafficking Protocol', /divided into articles, not sections/],
  ['ss 14-12 ATIPSOM', /runs backwards/],
  ['ATIPSOM', /names ATIPSOM 2007 but no section/],
  ['', /empty citation/],
  ['consent', /names no instrument and no provision/],
  ['s 14 ATIPSOM s 16 Penal Code', /could not tell|not a section/],
  ['Art 99 Palermo Protocol', /has no article 99/],
];

describe('parseCitation', () => {
  it.each(accepted)('%s', (form, ids) => {
    const r = parseCitation(form, index);
    expect(r).toMatchObject({ ok: true, ids });
  });
  it.each(rejected)('rejects %j', (form, reason) => {
    const r = parseCitation(form, index);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
  it('keeps the pinpoint below the provision held', () => {
    expect(parseCitation('ATIPSOM 2007, s.14(1)', index)).toMatchObject({ ok: true, pinpoint: '(1)' });
  });
  it('has a table of at least 40 forms', () => {
    expect(accepted.length + rejected.length).toBeGreaterThanOrEqual(40);
  });
});

describe('findCitations in prose', () => {
  it('finds citations next to an instrument name and leaves bare references alone', () => {
    const text = 'Under s 14 ATIPSOM means need not be proved, unlike s 12; compare Article 3(c) of the Trafficking Protocol and Penal Code s 375 Exception.';
    const found = findCitations(text, index);
    expect(found.map((f) => [f.text, f.result.ok && f.result.ids])).toEqual([
      ['s 14 ATIPSOM', ['atipsom-2007/s14']],
      ['Article 3(c) of the Trafficking Protocol', ['un-tip-protocol/art3-c']],
      ['Penal Code s 375 Exception', ['penal-code/s375-exception']],
    ]);
  });
  it('reports a citation that resolves to nothing', () => {
    const [match] = findCitations('See s 99 ATIPSOM.', index);
    expect(match).toMatchObject({ text: 's 99 ATIPSOM', result: { ok: false } });
  });
});
