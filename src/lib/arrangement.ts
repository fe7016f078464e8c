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

/** Consecutive runs of an instrument's provisions (given in arrangement order) in the same Part. */
export function groupByPart(instrument: Instrument, arranged: readonly Provision[]): PartGroup[] {
  const parts = new Map(instrument.parts.map((p) => [p.id, p]));
  const groups: PartGroup[] = [];
  for (const p of arranged) {
    const last = groups.at(-1);
    if (last && last.part?.id === p.part) last.provisions.push(p);
    else groups.push({ part: p.part === undefined ? undefined : parts.get(p.part), provisions: [p] });
  }
  return groups;
}

export interface ArrangementIndex {
  /** An instrument's provisions in arrangement order. */
  of(instrumentId: string): Provision[];
  neighbours(provision: Provision): { previous?: Provision; next?: Provision };
  /** Sub-provisions (e.g. Art 3(a)-(d) of Art 3). */
  children(provision: Provision): Provision[];
  parent(provision: Provision): Provision | undefined;
}

/** Built once per build, so that every provision page looks up its neighbours in constant time. */
export function buildArrangementIndex(provisions: readonly Provision[]): ArrangementIndex {
  const byInstrument = new Map<string, Provision[]>();
  for (const p of [...provisions].sort((a, b) => a.position - b.position)) {
    const list = byInstrument.get(p.instrument) ?? [];
    list.push(p);
    byInstrument.set(p.instrument, list);
  }
  const place = new Map<string, number>();
  const byId = new Map<string, Provision>();
  const children = new Map<string, Provision[]>();
  for (const list of byInstrument.values()) {
    list.forEach((p, i) => {
      place.set(p.id, i);
      byId.set(p.id, p);
    });
  }
  for (const p of byId.values()) {
    if (!p.parent) continue;
    const key = `${p.instrument}/${p.parent}`;
    children.set(key, [...(children.get(key) ?? []), p]);
  }
  return {
    of: (id) => byInstrument.get(id) ?? [],
    neighbours(p) {
      const list = byInstrument.get(p.instrument) ?? [];
      const i = place.get(p.id) ?? -1;
      return { previous: i > 0 ? list[i - 1] : undefined, next: i >= 0 && i < list.length - 1 ? list[i + 1] : undefined };
    },
    children: (p) => children.get(p.id) ?? [],
    parent: (p) => (p.parent ? byId.get(`${p.instrument}/${p.parent}`) : undefined),
  };
}

/** True when the provision has our own annotation, not only its place in the arrangement. */
export function isAnnotated(p: Provision): boolean {
  return Boolean(p.summary) || p.definitions.length > 0 || p.elements !== undefined;
}
