/**
 * What a page makes the browser download before search is used: its HTML, its CSS (inline and linked) and its
 * JavaScript (inline, external modules and the modules they import), raw and gzipped. Pagefind's files are loaded
 * only when search is used, so they are not counted here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const sizes = (text: string) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });

export function pageWeight(dist: string, path: string) {
  const file = join(dist, path.split('?')[0]!, path.split('?')[0]!.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file, 'utf8');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const linkedCss = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8')).join('');
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  // External module scripts and the modules they import statically.
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let externalJs = '';
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src) || src.startsWith('/pagefind/')) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    externalJs += code;
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+)["']/g)) queue.push(new URL(m[1]!, `http://x${src}`).pathname);
  }
  const htmlOnly = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
  const parts = { html: sizes(htmlOnly), css: sizes(inlineCss + linkedCss), js: sizes(inlineJs + externalJs) };
  return { path, ...parts, totalGzip: gzipSync(html + linkedCss + externalJs).length };
}

