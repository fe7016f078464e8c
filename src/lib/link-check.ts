/**
 * Finds broken internal links in a built site: every `href`/`src` to this site must name a page or file that
 * exists, and every `#fragment` must name an `id` on the target page. Pages are given as URL path -> HTML, so the
 * function is pure and the same code serves the build test and `npm run check:links`.
 */

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTR = /\s(href|src)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]*)"/g;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every id attribute in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
}

/** Every href and src in a page, entity-decoded; URLs inside script bodies (JSON-LD, code) are not links and are skipped. */
export function linksIn(html: string): string[] {
  // Inline JSON-LD and scripts can contain URLs that are not links; strip script bodies first.
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.replace(/>[\s\S]*<\/script>/i, '></script>'));
  return [...withoutScripts.matchAll(ATTR)].map((m) => decodeEntities(m[2]!));
}

/**
 * @param pages URL path of each HTML page ("/instruments/x/") -> its HTML
 * @param files every other URL path that exists (CSS, JS, JSON, CSV, Pagefind files)
 */
export function findBrokenLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string> = new Set()): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const ids = (path: string) => {
    let set = idCache.get(path);
    if (!set) {
      set = idsIn(pages.get(path) ?? '');
      idCache.set(path, set);
    }
    return set;
  };
  for (const [page, html] of pages) {
    for (const href of linksIn(html)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // external (http:, mailto:, data:) or protocol-relative
      const url = new URL(href, `http://site${page}`);
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
      const isPage = pages.has(path);
      if (!isPage && !files.has(path)) {
        broken.push({ page, href, reason: pages.has(`${path}/`) ? 'missing trailing slash' : 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && isPage && !ids(path).has(fragment)) broken.push({ page, href, reason: `no element with id "${fragment}" on ${path}` });
    }
  }
  return broken;
}
