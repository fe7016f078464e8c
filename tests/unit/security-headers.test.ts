import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineHashes, parseHeadersFile, securityHeaders } from '../../src/lib/security-headers.ts';

describe('security headers', () => {
  const pages = [
    '<style>a{}</style><script>run()</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script>',
    '<style>a{}</style><script>run()</script>',
  ];
  it('hashes each distinct inline script and style once, and skips JSON-LD and external scripts', () => {
    const h = inlineHashes(pages);
    expect(h.scripts).toHaveLength(1);
    expect(h.styles).toHaveLength(1);
    expect(h.scripts[0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
  it('allows only the own origin and the hashed inline code', () => {
    const csp = contentSecurityPolicy(inlineHashes(pages));
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });
  it('writes and reads the _headers file', () => {
    const headers = securityHeaders("default-src 'self'");
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers);
  });
});
