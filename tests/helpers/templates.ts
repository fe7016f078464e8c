/** One example URL for every page template, chosen from the content so the list follows the corpus. */
import { join } from 'node:path';
import { isAnnotated } from '../../src/lib/arrangement.ts';
import { instrumentPath, provisionPath } from '../../src/lib/ids.ts';
import { loadContent } from '../../src/lib/load-content.ts';

export function pageTemplates(): { name: string; path: string }[] {
  const { corpus } = loadContent(join(import.meta.dirname, '..', '..', 'content'));
  const provision = corpus.provisions.find((p) => isAnnotated(p) && p.elements && p.definitions.length === 0)!;
  const definitions = corpus.provisions.find((p) => p.definitions.length > 0)!;
  const gap = corpus.gaps[0];
  const rec = corpus.recommendations[0];
  const theme = corpus.themes[0]!;
  return [
    { name: 'home', path: '/' },
    { name: 'instruments', path: '/instruments/' },
    { name: 'instrument', path: instrumentPath(provision.instrument) },
    { name: 'provision', path: provisionPath(provision.id) },
    { name: 'provision-definitions', path: provisionPath(definitions.id) },
    ...(gap ? [{ name: 'gaps', path: '/gaps/' }, { name: 'gap', path: `/gaps/${gap.id}/` }] : []),
    ...(rec ? [{ name: 'recommendations', path: '/recommendations/' }, { name: 'recommendation', path: `/recommendations/${rec.id}/` }] : []),
    { name: 'themes', path: '/themes/' },
    { name: 'theme', path: `/themes/${theme.id}/` },
    { name: 'matrix', path: '/matrix/' },
    { name: 'compare', path: `/compare/?p=${encodeURIComponent(provision.id)}` },
    { name: 'search', path: '/search/?q=consent' },
    { name: 'data', path: '/data/' },
    { name: 'sources', path: '/sources/' },
    { name: 'about', path: '/about/' },
  ];
}
