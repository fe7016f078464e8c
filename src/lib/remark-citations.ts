/**
 * A remark plugin that turns citations in Markdown/MDX prose ("s 14 ATIPSOM", "Art 3(c) of the Trafficking
 * Protocol") into links to the provision's page, and fails the build, naming the file and line, when a citation
 * resolves to no provision.
 */
import { relative } from 'node:path';
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findCitations, type CitationIndex } from './citations.ts';
import { provisionPath } from './ids.ts';
import type { Term } from './schema.ts';
import { linkTerms } from './terms.ts';

export interface RemarkCitationsOptions {
  /** Called once, on first use, so the corpus is only read when Markdown is actually processed. */
  index: () => CitationIndex;
  /** Defined terms whose first use in a document links to the term's page. */
  terms?: () => readonly Term[];
}

export function remarkCitations(options: RemarkCitationsOptions) {
  let index: CitationIndex | undefined;
  let terms: readonly Term[] | undefined;
  return (tree: Root, file: VFile) => {
    index ??= options.index();
    terms ??= options.terms?.() ?? [];
    const usedTerms = new Set<string>();
    const where = file.path ? relative(process.cwd(), file.path) : '<markdown>';
    visit(tree, 'text', (node: Text, position, parent: Parent | undefined) => {
      if (!parent || position === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
      const matches = findCitations(node.value, index!);
      const line = node.position?.start.line;
      const bad = matches.find((m) => !m.result.ok);
      if (bad && !bad.result.ok) {
        const lineOf = line === undefined ? undefined : line + node.value.slice(0, bad.start).split('\n').length - 1;
        throw new Error(`${where}${lineOf ? `:${lineOf}` : ''}: citation "${bad.text}" resolves to no provision: ${bad.result.reason}`);
      }
      const replacement: PhrasingContent[] = [];
      // Plain text between citations: link the first use of each defined term in this document.
      const plain = (value: string) => {
        for (const s of linkTerms(value, terms!, usedTerms)) {
          replacement.push(typeof s === 'string' ? { type: 'text', value: s } : { type: 'link', url: s.href, children: [{ type: 'text', value: s.text }], data: { hProperties: { className: ['term'] } } });
        }
      };
      let at = 0;
      for (const m of matches) {
        if (!m.result.ok) continue;
        if (m.start > at) plain(node.value.slice(at, m.start));
        const link: Link = { type: 'link', url: provisionPath(m.result.ids[0]!), children: [{ type: 'text', value: m.text }], data: { hProperties: { className: ['citation'] } } };
        replacement.push(link);
        at = m.end;
      }
      if (at < node.value.length) plain(node.value.slice(at));
      if (replacement.length === 0 || (replacement.length === 1 && replacement[0]!.type === 'text')) return;
      parent.children.splice(position, 1, ...(replacement as typeof parent.children));
      return [SKIP, position + replacement.length];
    });
  };
}
