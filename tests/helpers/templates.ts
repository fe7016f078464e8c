/** The page templates of the real corpus (see src/lib/page-templates.ts). */
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load-content.ts';
import { pageTemplates as templatesOf } from '../../src/lib/page-templates.ts';

export function pageTemplates(): { name: string; path: string }[] {
  return templatesOf(loadContent(join(import.meta.dirname, '..', '..', 'content')).corpus);
}
