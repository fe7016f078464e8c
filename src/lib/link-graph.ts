/**
 * The cross-link graph. Each link is stored once (from -> to) and shown on both ends: outgoing on the `from`
 * provision, incoming on the `to` provision, grouped by relation.
 */
import type { Link } from './load-content.ts';
import type { LinkRelation } from './vocabulary.ts';
import { LINK_RELATIONS } from './vocabulary.ts';

export interface LinkEnd {
  link: Link;
  /** The provision at the other end. */
  other: string;
  direction: 'out' | 'in';
}

export interface LinkGraph {
  /** Every link touching a provision, both directions. */
  of(provisionId: string): LinkEnd[];
  /**
   * The same, grouped by relation as read from this provision (vocabulary order, outgoing before incoming, empty
   * groups left out): an incoming "implements" is this provision being implemented.
   */
  grouped(provisionId: string): { relation: LinkRelation; direction: 'out' | 'in'; ends: LinkEnd[] }[];
}

export function buildLinkGraph(links: readonly Link[]): LinkGraph {
  const byProvision = new Map<string, LinkEnd[]>();
  const add = (id: string, end: LinkEnd) => {
    const list = byProvision.get(id) ?? [];
    list.push(end);
    byProvision.set(id, list);
  };
  for (const link of links) {
    add(link.from, { link, other: link.to, direction: 'out' });
    add(link.to, { link, other: link.from, direction: 'in' });
  }
  const of = (id: string) => byProvision.get(id) ?? [];
  return {
    of,
    grouped(id) {
      const ends = of(id);
      return LINK_RELATIONS.flatMap((relation) =>
        (['out', 'in'] as const).map((direction) => ({ relation, direction, ends: ends.filter((e) => e.link.relation === relation && e.direction === direction) })),
      ).filter((g) => g.ends.length > 0);
    },
  };
}
