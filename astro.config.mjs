// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { buildCitationIndex } from './src/lib/citations.ts';
import { contentDir, outDir } from './src/lib/content-dir.ts';
import { loadCorpusOrThrow } from './src/lib/load-content.ts';
import { remarkCitations } from './src/lib/remark-citations.ts';

/** The citation index for prose, built from the validated content the first time Markdown is processed. */
const citationIndex = () => {
  const corpus = loadCorpusOrThrow(contentDir());
  return buildCitationIndex(corpus.instruments, corpus.provisions);
};

export default defineConfig({
  site: 'https://child-trafficking-law.example.org',
  outDir: outDir(),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: unified({ remarkPlugins: [[remarkCitations, { index: citationIndex, terms: () => loadCorpusOrThrow(contentDir()).terms }]] }) },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
