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

export interface RemarkCitationsOptions {
  /** Called once, on first use, so the corpus is only read when Markdown is actually processed. */
  index: () => CitationIndex;
}

export function remarkCitations(options: RemarkCitationsOptions) {
  let index: CitationIndex | undefined;
  return (tree: Root, file: VFile) => {
    index ??= options.index();
    const where = file.path ? relative(process.cwd(), file.path) : '<markdown>';
    visit(tree, 'text', (node: Text, position, parent: Parent | undefined) => {
      if (!parent || position === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
      const matches = findCitations(node.value, index!);
      if (!matches.length) return;
      const line = node.position?.start.line;
      const bad = matches.find((m) => !m.result.ok);
      if (bad && !bad.result.ok) {
        const lineOf = line === undefined ? undefined : line + node.value.slice(0, bad.start).split('\n').length - 1;
        throw new Error(`${where}${lineOf ? `:${lineOf}` : ''}: citation "${bad.text}" resolves to no provision: ${bad.result.reason}`);
      }
      const replacement: PhrasingContent[] = [];
      let at = 0;
      for (const m of matches) {
        if (!m.result.ok) continue;
        if (m.start > at) replacement.push({ type: 'text', value: node.value.slice(at, m.start) });
        const link: Link = { type: 'link', url: provisionPath(m.result.ids[0]!), children: [{ type: 'text', value: m.text }], data: { hProperties: { className: ['citation'] } } };
        replacement.push(link);
        at = m.end;
      }
      if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(position, 1, ...(replacement as typeof parent.children));
      return [SKIP, position + replacement.length];
    });
  };
}
