/**
 * Astro's content collections. Every collection is read from the top-level `content/` folder by `loadCorpusOrThrow`
 * (src/lib), which validates all of it and fails the build listing every problem with its file, entry and field;
 * the schemas are the same ones `npm run check` uses. Gap analyses are MDX, so Astro's glob loader renders them.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { contentDir } from './lib/content-dir.ts';
import { loadCorpusOrThrow } from './lib/load-content.ts';
import {
  gapSchema,
  instrumentSchema,
  isoDate,
  linkSchema,
  provisionEntrySchema,
  recommendationSchema,
  siteSchema,
  sourceSchema,
  termSchema,
  themeSchema,
} from './lib/schema.ts';

const corpus = () => loadCorpusOrThrow(contentDir());

export const collections = {
  site: defineCollection({ loader: () => [{ id: 'site', ...corpus().site }], schema: siteSchema.extend({ id: z.string() }) }),
  instruments: defineCollection({ loader: () => corpus().instruments, schema: instrumentSchema }),
  provisions: defineCollection({
    loader: () => corpus().provisions,
    schema: provisionEntrySchema.extend({ id: z.string(), instrument: z.string(), asAt: isoDate, position: z.number() }),
  }),
  themes: defineCollection({ loader: () => corpus().themes, schema: themeSchema }),
  terms: defineCollection({ loader: () => corpus().terms, schema: termSchema }),
  links: defineCollection({ loader: () => corpus().links, schema: linkSchema.extend({ id: z.string() }) }),
  recommendations: defineCollection({ loader: () => corpus().recommendations, schema: recommendationSchema }),
  sources: defineCollection({ loader: () => corpus().sources, schema: sourceSchema }),
  gaps: defineCollection({ loader: glob({ base: join(contentDir(), 'gaps'), pattern: '**/*.{md,mdx}' }), schema: gapSchema }),
};
