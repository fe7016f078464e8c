/**
 * After `astro build`: index the built site with Pagefind, then write the security headers (whose CSP must cover
 * every inline script in the final HTML). Reads SITE_OUT_DIR like the build, so the benchmark can index elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { outDir } from '../src/lib/content-dir.ts';

const dist = outDir();
execFileSync('pagefind', ['--site', dist], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/security-headers.ts', dist], { stdio: 'inherit' });
