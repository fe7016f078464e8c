/**
 * Loads the whole `content/` folder into a Corpus and reports every problem in it.
 *
 * This is the one place content files are read. `npm run check` prints its problems; the Astro build calls
 * `loadCorpusOrThrow`, so an invalid entry stops the build with the same messages.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { listFiles, readFrontMatterFile, readYamlFile, type ParsedFile, type PathKey } from './content-files.ts';
import { provisionId } from './ids.ts';
import { ContentError, problemAt, type Location, type Problem } from './problems.ts';
import { checkReferences } from './check-references.ts';
import {
  gapSchema,
  instrumentSchema,
  linkSchema,
  linksFileSchema,
  provisionEntrySchema,
  provisionsFileSchema,
  recommendationSchema,
  recommendationsFileSchema,
  siteSchema,
  sourceSchema,
  sourcesFileSchema,
  termSchema,
  themeSchema,
  type GapEntry,
  type Instrument,
  type LinkEntry,
  type ProvisionEntry,
  type RecommendationEntry,
  type Site,
  type Source,
  type Term,
  type Theme,
} from './schema.ts';

export interface Provision extends ProvisionEntry {
  /** `<instrument>/<local>` */
  id: string;
  instrument: string;
  asAt: string;
  /** Position in the instrument's arrangement (the order of the provisions file). */
  position: number;
}
export interface Link extends LinkEntry {
  /** Stable id: `<file stem>-<1-based index>`, used for anchors. */
  id: string;
}
export type Recommendation = RecommendationEntry;
export interface Gap extends GapEntry {
  id: string;
  body: string;
  /** The line of the file on which the body starts. */
  bodyLine: number;
}

export interface Corpus {
  site: Site;
  sources: Source[];
  instruments: Instrument[];
  provisions: Provision[];
  themes: Theme[];
  links: Link[];
  recommendations: Recommendation[];
  gaps: Gap[];
  terms: Term[];
}

export interface Locations {
  site?: Location;
  sources: Map<Source, Location>;
  instruments: Map<Instrument, Location>;
  provisions: Map<Provision, Location>;
  themes: Map<Theme, Location>;
  links: Map<Link, Location>;
  recommendations: Map<Recommendation, Location>;
  gaps: Map<Gap, Location>;
  terms: Map<Term, Location>;
}

/** How entries of a list are named in messages, e.g. `link 3` or `provision s14`. */
function entryName(label: string, item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const rec = item as Record<string, unknown>;
    for (const key of ['id', 'local']) if (typeof rec[key] === 'string') return `${label} ${rec[key] as string}`;
  }
  return `${label} ${index + 1}`;
}

/** Turns zod issues at `prefix` inside a parsed file into problems attributed to `entry`. */
function report(issues: z.core.$ZodIssue[], parsed: ParsedFile, prefix: PathKey[], entry: string | undefined, problems: Problem[]) {
  for (const issue of issues) {
    const field = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    problems.push({
      file: parsed.file,
      line: parsed.lineOf([...prefix, ...field]),
      entry,
      field: field.length ? field.join('.') : undefined,
      message: describeIssue(issue),
    });
  }
}

/** Validates a whole file (or front matter) against a schema; null when invalid (the problems say why). */
function validate<S extends z.ZodType>(schema: S, parsed: ParsedFile, problems: Problem[], entry?: string): z.infer<S> | null {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  report(result.error.issues, parsed, [], entry, problems);
  return null;
}

/**
 * Validates a file that holds a list under `key`, entry by entry, so that one bad entry is reported on its own
 * (`link 3 "to": ...`) and does not hide the valid entries beside it. Returns the file's other fields and the
 * valid entries with their index; `invalid` receives the ids of entries that failed, so references to them are not
 * reported a second time as missing.
 */
function validateList<F extends z.ZodObject, I extends z.ZodType>(
  fileSchema: F,
  key: string,
  itemSchema: I,
  label: string,
  parsed: ParsedFile,
  problems: Problem[],
  invalid: (raw: Record<string, unknown>) => void,
): { file: z.infer<F>; items: { item: z.infer<I>; index: number }[] } | null {
  const file = validate(fileSchema.extend({ [key]: z.array(z.unknown()).min(1) }), parsed, problems);
  if (!file) return null;
  const items: { item: z.infer<I>; index: number }[] = [];
  (file[key] as unknown[]).forEach((raw, index) => {
    const result = itemSchema.safeParse(raw);
    if (result.success) items.push({ item: result.data, index });
    else {
      report(result.error.issues, parsed, [key, index], entryName(label, raw, index), problems);
      if (raw && typeof raw === 'object') invalid(raw as Record<string, unknown>);
    }
  });
  return { file: file as z.infer<F>, items };
}

/** zod's messages, made explicit about what was expected. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `required field is missing (expected ${issue.expected})`;
  return issue.message.replace(/^Invalid input: /, '');
}

function stem(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '');
}

/** Loads and checks everything under `contentDir`. Never throws for bad content: it reports problems. */
export function loadContent(contentDir: string): { corpus: Corpus; problems: Problem[]; locations: Locations } {
  const base = dirname(contentDir);
  const problems: Problem[] = [];
  const locations: Locations = {
    sources: new Map(),
    instruments: new Map(),
    provisions: new Map(),
    themes: new Map(),
    links: new Map(),
    recommendations: new Map(),
    gaps: new Map(),
    terms: new Map(),
  };
  const corpus: Corpus = {
    site: undefined as unknown as Site,
    sources: [],
    instruments: [],
    provisions: [],
    themes: [],
    links: [],
    recommendations: [],
    gaps: [],
    terms: [],
  };
  const yamlFiles = (folder: string) => listFiles(join(contentDir, folder), ['.yaml', '.yml']);
  const located = (parsed: ParsedFile, path: PathKey[], entry?: string): Location => ({
    file: parsed.file,
    path,
    entry,
    lineOf: parsed.lineOf,
  });

  // site.yaml
  const sitePath = join(contentDir, 'site.yaml');
  if (!existsSync(sitePath)) problems.push({ file: relative(base, sitePath), message: 'missing: the site configuration file is required' });
  const siteFile = existsSync(sitePath) ? readYamlFile(sitePath, base, problems) : null;
  if (siteFile) {
    const site = validate(siteSchema, siteFile, problems, undefined);
    if (site) {
      corpus.site = site;
      locations.site = located(siteFile, []);
    }
  }

  // Ids of entries that exist but failed validation: their own problems are reported, and references to them are
  // not reported again as references to something missing.
  const invalidIds = new Set<string>();
  const rawId = (raw: Record<string, unknown>) => (typeof raw.id === 'string' ? raw.id : undefined);

  for (const path of yamlFiles('sources')) {
    const parsed = readYamlFile(path, base, problems);
    const data = parsed && validateList(sourcesFileSchema, 'sources', sourceSchema, 'source', parsed, problems, (raw) => {
      const id = rawId(raw);
      if (id) invalidIds.add(id);
    });
    for (const { item, index } of data?.items ?? []) {
      corpus.sources.push(item);
      locations.sources.set(item, located(parsed!, ['sources', index], `source ${item.id}`));
    }
  }

  /** Files holding one entry each (instruments, themes): the id must match the file name. */
  const single = <T extends { id: string }>(folder: string, schema: z.ZodType<T>, kind: string, add: (item: T, at: Location) => void) => {
    for (const path of yamlFiles(folder)) {
      const parsed = readYamlFile(path, base, problems);
      if (!parsed) {
        invalidIds.add(stem(path));
        continue;
      }
      const item = validate(schema, parsed, problems, `${kind} ${stem(path)}`);
      if (!item) {
        invalidIds.add(stem(path));
        continue;
      }
      const at = located(parsed, [], `${kind} ${item.id}`);
      if (item.id !== stem(path)) problems.push(problemAt(at, ['id'], `expected "${stem(path)}" to match the file name`));
      add(item, at);
    }
  };
  single('instruments', instrumentSchema, 'instrument', (inst, at) => {
    corpus.instruments.push(inst);
    locations.instruments.set(inst, at);
  });
  corpus.instruments.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  for (const path of yamlFiles('provisions')) {
    const parsed = readYamlFile(path, base, problems);
    const data = parsed && validateList(provisionsFileSchema, 'provisions', provisionEntrySchema, 'provision', parsed, problems, (raw) => {
      if (typeof raw.local === 'string') invalidIds.add(provisionId(stem(path), raw.local));
    });
    if (!data) continue;
    const { instrument, asAt } = data.file;
    if (instrument !== stem(path)) {
      problems.push(problemAt(located(parsed!, []), ['instrument'], `expected "${stem(path)}" to match the file name`));
    }
    for (const { item, index } of data.items) {
      const provision: Provision = { ...item, id: provisionId(instrument, item.local), instrument, asAt: item.asAt ?? asAt, position: index };
      corpus.provisions.push(provision);
      locations.provisions.set(provision, located(parsed!, ['provisions', index], `provision ${item.local}`));
    }
  }

  single('terms', termSchema, 'term', (term, at) => {
    corpus.terms.push(term);
    locations.terms.set(term, at);
  });
  corpus.terms.sort((a, b) => a.term.localeCompare(b.term));

  single('themes', themeSchema, 'theme', (theme, at) => {
    corpus.themes.push(theme);
    locations.themes.set(theme, at);
  });
  corpus.themes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  for (const path of yamlFiles('links')) {
    const parsed = readYamlFile(path, base, problems);
    const data = parsed && validateList(linksFileSchema, 'links', linkSchema, 'link', parsed, problems, () => {});
    for (const { item, index } of data?.items ?? []) {
      const link: Link = { ...item, id: `${stem(path)}-${index + 1}` };
      corpus.links.push(link);
      locations.links.set(link, located(parsed!, ['links', index], `link ${index + 1}`));
    }
  }

  for (const path of yamlFiles('recommendations')) {
    const parsed = readYamlFile(path, base, problems);
    const data = parsed && validateList(recommendationsFileSchema, 'recommendations', recommendationSchema, 'recommendation', parsed, problems, (raw) => {
      const id = rawId(raw);
      if (id) invalidIds.add(id);
    });
    for (const { item, index } of data?.items ?? []) {
      corpus.recommendations.push(item);
      locations.recommendations.set(item, located(parsed!, ['recommendations', index], `recommendation ${item.id}`));
    }
  }

  for (const path of listFiles(join(contentDir, 'gaps'), ['.md', '.mdx'])) {
    const parsed = readFrontMatterFile(path, base, problems);
    const meta = parsed && validate(gapSchema, parsed, problems, `gap ${stem(path)}`);
    if (!meta) {
      invalidIds.add(stem(path));
      continue;
    }
    const gap: Gap = { ...meta, id: stem(path), body: parsed!.body, bodyLine: parsed!.bodyLine };
    corpus.gaps.push(gap);
    locations.gaps.set(gap, located(parsed!, [], `gap ${gap.id}`));
  }
  corpus.gaps.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  if (corpus.site) problems.push(...checkReferences(corpus, locations, invalidIds));
  return { corpus, problems, locations };
}

const cache = new Map<string, Corpus>();

/** The corpus for the build: loaded once per process, and any problem stops the build with every message. */
export function loadCorpusOrThrow(contentDir: string): Corpus {
  const hit = cache.get(contentDir);
  if (hit) return hit;
  const { corpus, problems } = loadContent(contentDir);
  if (problems.length) throw new ContentError(problems);
  cache.set(contentDir, corpus);
  return corpus;
}
