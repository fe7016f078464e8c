/**
 * Ranking rules the search page adds on top of Pagefind's full-text ranking: a query that is exactly a provision's
 * heading (ignoring case, punctuation and spacing) lists that provision first, because a reader who types a
 * heading is looking for that provision, not for pages that mention it.
 */

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Provisions whose heading is the query, in the order given (arrangement order). */
export function headingMatches<P extends { heading: string }>(query: string, provisions: readonly P[]): P[] {
  const q = normaliseHeading(query);
  if (!q) return [];
  return provisions.filter((p) => normaliseHeading(p.heading) === q);
}
