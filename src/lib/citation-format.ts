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

/** "2026-11-23" -> "23 November 2026", "2009-02" -> "February 2009", "2012" -> "2012". No time zone is involved. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`formatDate: expected YYYY-MM-DD (or YYYY-MM, YYYY), got "${iso}"`);
  const [, year, month, day] = m;
  if (!month) return year!;
  return day ? `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}` : `${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * The heading shown for a provision: its own; for a sub-paragraph, the provision it belongs to; otherwise a plain
 * statement of why there is none.
 */
export function headingText(
  provision: { heading?: string },
  instrument: { hasHeadings: boolean; kind: Instrument['kind'] },
  parent?: { number: string; heading?: string },
): string {
  if (provision.heading) return provision.heading;
  if (parent) return `Part of ${provisionLabel(parent, instrument)}${parent.heading ? ` (${parent.heading})` : ''}`;
  return instrument.hasHeadings ? 'Heading not confirmed' : 'No official heading';
}
