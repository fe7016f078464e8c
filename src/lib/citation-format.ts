/**
 * The site's citation styles, one formatter for every page, export and search record.
 *   short: "s 14 ATIPSOM 2007", "Art 3(c) UN Trafficking Protocol"
 *   full:  "Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 (Act 670), section 14"
 */
import type { Instrument } from './schema.ts';

interface CitableProvision {
  number: string;
}
type CitableInstrument = Pick<Instrument, 'kind' | 'title' | 'shortTitle' | 'number'>;

/** Treaties are divided into articles; Acts and enactments into sections. */
export function unitNames(kind: Instrument['kind']): { short: string; long: string; shortPlural: string } {
  return kind === 'treaty'
    ? { short: 'Art', long: 'article', shortPlural: 'Arts' }
    : { short: 's', long: 'section', shortPlural: 'ss' };
}

/** "s 14", "Art 3(c)" */
export function provisionLabel(provision: CitableProvision, instrument: Pick<Instrument, 'kind'>): string {
  return `${unitNames(instrument.kind).short} ${provision.number}`;
}

export function shortCitation(provision: CitableProvision, instrument: CitableInstrument): string {
  return `${provisionLabel(provision, instrument)} ${instrument.shortTitle}`;
}

export function fullCitation(provision: CitableProvision, instrument: CitableInstrument): string {
  const act = instrument.number ? `${instrument.title} (${instrument.number})` : instrument.title;
  const unit = unitNames(instrument.kind).long;
  return `${act}, ${unit === 'article' ? 'Article' : 'section'} ${provision.number}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-23" -> "23 November 2026". Dates are calendar dates, so no time zone is involved. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`formatDate: expected YYYY-MM-DD, got "${iso}"`);
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
