/**
 * Security headers for static hosts. The Content Security Policy allows only this site's own origin, plus the exact
 * inline scripts and styles the build emitted (by SHA-256 hash), so a page can load nothing from a third party and
 * run no injected script. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of every executable inline script and every inline style in the pages (JSON-LD is data, not script). */
export function inlineHashes(pages: Iterable<string>): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    for (const m of html.matchAll(INLINE_SCRIPT)) {
      if (/type\s*=\s*"application\/(ld\+)?json"/i.test(m[1]!)) continue;
      scripts.add(sha256(m[2]!));
    }
    for (const m of html.matchAll(INLINE_STYLE)) styles.add(sha256(m[1]!));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

export function contentSecurityPolicy(hashes: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.scripts.join(' ')}`.trim(),
    `style-src 'self' ${hashes.styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every response carries, by header name. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The `_headers` file format read by Netlify and Cloudflare Pages (and by scripts/static-server.ts). */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}

/** Reads the headers for all paths back from a `_headers` file. */
export function parseHeadersFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}
