/** What the search page needs to resolve a typed citation without the full corpus: names and provision ids. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import { shortCitation } from '../../lib/citation-format.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const body = {
    instruments: data.instruments.map(({ id, kind, title, shortTitle, number, aliases }) => ({ id, kind, title, shortTitle, number, aliases })),
    provisions: data.provisions.map((p) => ({
      id: p.id,
      instrument: p.instrument,
      local: p.local,
      parent: p.parent,
      position: p.position,
      citation: shortCitation(p, data.instrument(p.instrument)),
      heading: data.heading(p),
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
