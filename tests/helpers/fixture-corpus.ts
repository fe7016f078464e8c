/**
 * Builds a throwaway copy of the minimal fixture corpus (tests/fixtures/minimal) with some files replaced, added or
 * removed, so each test states only the bad input it is about.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'minimal', 'content');

/** Returns the path of a `content` folder: the minimal corpus with `files` (path -> text, or null to delete). */
export function fixtureCorpus(files: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
  const content = join(root, 'content');
  cpSync(MINIMAL, content, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const full = join(content, path);
    if (text === null) rmSync(full);
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return content;
}
