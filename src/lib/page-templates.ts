/** One example URL for every page template, chosen from the content, so tests and the benchmark follow the corpus. */
import { isAnnotated } from './arrangement.ts';
import { instrumentPath, provisionPath } from './ids.ts';
import type { Corpus } from './load-content.ts';

export function pageTemplates(corpus: Pick<Corpus, 'provisions' | 'gaps' | 'recommendations' | 'themes' | 'terms'>): { name: string; path: string }[] {
  const provision = corpus.provisions.find((p) => isAnnotated(p) && p.elements && p.definitions.length === 0);
  const definitions = corpus.provisions.find((p) => p.definitions.length > 0);
  const gap = corpus.gaps[0];
  const rec = corpus.recommendations[0];
  const theme = corpus.themes[0];
  return [
    { name: 'home', path: '/' },
    { name: 'instruments', path: '/instruments/' },
    ...(provision ? [{ name: 'instrument', path: instrumentPath(provision.instrument) }, { name: 'provision', path: provisionPath(provision.id) }] : []),
    ...(definitions ? [{ name: 'provision-definitions', path: provisionPath(definitions.id) }] : []),
    ...(gap ? [{ name: 'gaps', path: '/gaps/' }, { name: 'gap', path: `/gaps/${gap.id}/` }] : []),
    ...(rec ? [{ name: 'recommendations', path: '/recommendations/' }, { name: 'recommendation', path: `/recommendations/${rec.id}/` }] : []),
    { name: 'themes', path: '/themes/' },
    ...(theme ? [{ name: 'theme', path: `/themes/${theme.id}/` }] : []),
    { name: 'matrix', path: '/matrix/' },
    { name: 'terms', path: '/terms/' },
    ...(corpus.terms[0] ? [{ name: 'term', path: `/terms/${corpus.terms[0].id}/` }] : []),
    ...(provision ? [{ name: 'compare', path: `/compare/?p=${encodeURIComponent(provision.id)}` }] : []),
    { name: 'search', path: '/search/?q=consent' },
    { name: 'data', path: '/data/' },
    { name: 'sources', path: '/sources/' },
    { name: 'about', path: '/about/' },
  ];
}
