/**
 * `npm run check [content-dir]`: validates every content file and prints each problem with its file, line, entry and
 * field. Exits 1 when there is any problem, so CI and editors can rely on it.
 */
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/load-content.ts';
import { formatProblem } from '../src/lib/problems.ts';

const contentDir = resolve(process.argv[2] ?? 'content');
const { corpus, problems } = loadContent(contentDir);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was built from invalid content.`);
  process.exit(1);
}
console.log(
  `content OK: ${corpus.instruments.length} instruments, ${corpus.provisions.length} provisions, ` +
    `${corpus.links.length} links, ${corpus.themes.length} themes, ${corpus.gaps.length} gaps, ` +
    `${corpus.recommendations.length} recommendations, ${corpus.terms.length} defined terms, ${corpus.sources.length} sources`,
);
