/**
 * An instrument's arrangement: its provisions grouped under their Parts in the order of the provisions file, and
 * each provision's neighbours for previous/next navigation.
 */
import type { Provision } from './load-content.ts';
import type { Instrument } from './schema.ts';

export interface PartGroup {
  /** Undefined for provisions outside any Part (or where the instrument has no Parts). */
  part?: Instrument['parts'][number];
  provisions: Provision[];
}

export function provisionsOf(instrumentId: string, provisions: readonly Provision[]): Provision[] {
  return provisions.filter((p) => p.instrument === instrumentId).sort((a, b) => a.position - b.position);
}

/** Consecutive runs of provisions in the same Part, in arrangement order. */
export function groupByPart(instrument: Instrument, provisions: readonly Provision[]): PartGroup[] {
  const parts = new Map(instrument.parts.map((p) => [p.id, p]));
  const groups: PartGroup[] = [];
  for (const p of provisionsOf(instrument.id, provisions)) {
    const last = groups.at(-1);
    if (last && last.part?.id === p.part) last.provisions.push(p);
    else groups.push({ part: p.part === undefined ? undefined : parts.get(p.part), provisions: [p] });
  }
  return groups;
}

export function neighbours(provision: Provision, provisions: readonly Provision[]): { previous?: Provision; next?: Provision } {
  const list = provisionsOf(provision.instrument, provisions);
  const i = list.findIndex((p) => p.id === provision.id);
  return { previous: i > 0 ? list[i - 1] : undefined, next: i >= 0 && i < list.length - 1 ? list[i + 1] : undefined };
}

/** True when the provision has our own annotation, not only its place in the arrangement. */
export function isAnnotated(p: Provision): boolean {
  return Boolean(p.summary) || p.definitions.length > 0 || p.elements !== undefined;
}
