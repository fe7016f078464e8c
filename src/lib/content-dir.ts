/**
 * Where the content and the built site live. Normally `content/` and `dist/`; the benchmark points them elsewhere
 * (SITE_CONTENT_DIR, SITE_OUT_DIR) to build synthetic corpora without touching the real ones.
 */
import { resolve } from 'node:path';

export function contentDir(): string {
  return resolve(process.env.SITE_CONTENT_DIR ?? 'content');
}

export function outDir(): string {
  return resolve(process.env.SITE_OUT_DIR ?? 'dist');
}
