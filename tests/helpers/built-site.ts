/** Reads the built site in dist/ for the build-output and browser tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** URL path -> HTML for every page, and the set of URL paths of every other file. */
export function readBuiltSite(): { pages: Map<string, string>; files: Set<string> } {
  requireBuiltSite();
  const pages = new Map<string, string>();
  const files = new Set<string>();
  for (const file of walk(DIST)) {
    const url = '/' + relative(DIST, file).split(sep).join('/');
    if (url.endsWith('.html')) pages.set(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url, readFileSync(file, 'utf8'));
    else files.add(url);
  }
  return { pages, files };
}
