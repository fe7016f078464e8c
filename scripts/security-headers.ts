/**
 * Post-build step (part of `npm run build`): writes dist/_headers with a Content Security Policy that allows exactly
 * the inline scripts and styles this build emitted, and the other security headers, for static hosts.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, headersFile, inlineHashes, securityHeaders } from '../src/lib/security-headers.ts';

const dist = process.argv[2] ?? 'dist';
function* html(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* html(full);
    else if (name.endsWith('.html')) yield readFileSync(full, 'utf8');
  }
}
const hashes = inlineHashes(html(dist));
writeFileSync(join(dist, '_headers'), headersFile(securityHeaders(contentSecurityPolicy(hashes))));
console.log(`${join(dist, "_headers")} written: ${hashes.scripts.length} inline script and ${hashes.styles.length} inline style hashes allowed`);
