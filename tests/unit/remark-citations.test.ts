import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { buildCitationIndex } from '../../src/lib/citations.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { remarkCitations } from '../../src/lib/remark-citations.ts';
import { MINIMAL } from '../helpers/fixture-corpus.ts';

const { corpus } = loadContent(MINIMAL);
const index = () => buildCitationIndex(corpus.instruments, corpus.provisions);

function run(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCitations, { index });
  const file = new VFile({ path: `${process.cwd()}/content/gaps/example.mdx`, value: markdown });
  return processor.runSync(processor.parse(file), file);
}

describe('remarkCitations', () => {
  it('turns citations into links to the provision and leaves other text alone', () => {
    const tree = run('Compare s 9A Alpha Act with Art 3(c) of the Beta Protocol, and s 9 generally.') as any;
    const para = tree.children[0];
    const links = para.children.filter((c: any) => c.type === 'link');
    expect(links.map((l: any) => [l.url, l.children[0].value])).toEqual([
      ['/instruments/alpha-act/s9a/', 's 9A Alpha Act'],
      ['/instruments/beta-treaty/art3-c/', 'Art 3(c) of the Beta Protocol'],
    ]);
    expect(para.children.at(-1).value).toBe(', and s 9 generally.');
  });
  it('does not link inside an existing link', () => {
    const tree = run('[s 9A Alpha Act](https://example.org)') as any;
    expect(tree.children[0].children[0].url).toBe('https://example.org');
  });
  it('fails naming the file and line when a citation resolves to nothing', () => {
    expect(() => run('First line.\n\nSecond paragraph cites s 42 Alpha Act.')).toThrow(
      'content/gaps/example.mdx:3: citation "s 42 Alpha Act" resolves to no provision: Alpha Act has no section 42 on this site',
    );
  });
});
