/**
 * The content model as zod schemas: one schema per kind of content file. `src/content.config.ts` hands these to
 * Astro, and `loadContent` uses the same ones for `npm run check`, so the build and the checker agree.
 *
 * Objects are strict: a misspelt field name is an error, not a silently ignored key.
 */
import { z } from 'zod';
import { PROVISION_ID_PATTERN, PROVISION_LOCAL_PATTERN, SLUG_PATTERN } from './ids.ts';
import {
  CHANGE_KINDS,
  CONFIDENCE,
  INSTRUMENT_EVENTS,
  INSTRUMENT_KINDS,
  INSTRUMENT_ROLES,
  LINK_RELATIONS,
  MATRIX_STATUSES,
  PRIORITIES,
  PROVISION_STATUSES,
  RECOMMENDATION_TYPES,
  SEVERITIES,
  SOURCE_KINDS,
} from './vocabulary.ts';

const text = z.string().trim().min(1, 'must not be empty');
export const slug = z.string().regex(SLUG_PATTERN, 'expected a lower-case slug like "child-marriage"');
export const provisionRef = z
  .string()
  .regex(PROVISION_ID_PATTERN, 'expected a provision id like "atipsom-2007/s14" or "un-tip-protocol/art3-c"');
/** Dates are ISO calendar dates. YAML front matter parsers may hand us Date objects, so those are accepted too. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date('expected a date as YYYY-MM-DD'),
);
/** A date known only to the month or year ("2009-02", "2012") is stated as such, never padded to a guessed day. */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY-MM-DD, or YYYY-MM / YYYY where only the month or year is known'),
);
const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const confidence = z.enum(CONFIDENCE);
/**
 * Dotted paths of fields on this record that are stated but not confirmed (e.g. `heading`,
 * `elements.imprisonmentMaxYears`); the page marks each one. The checker verifies each path names a field that is set.
 */
const unconfirmed = z.array(text).default([]);

export const sourceRefSchema = z.strictObject({
  source: slug,
  confidence,
  /** Where in the source: a page, a paragraph, a section of a report. */
  pinpoint: text.optional(),
  note: text.optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;
const sourceRefs = z.array(sourceRefSchema).min(1, 'expected at least one source');

// ---------------------------------------------------------------- site (content/site.yaml)

/** `inverse` labels a relation read from its other end ("Implemented by"); used for link relations. */
const vocabularyLabel = z.strictObject({ label: text, inverse: text.optional(), description: text.optional() });
export const siteSchema = z.strictObject({
  name: text,
  shortName: text,
  description: text,
  jurisdiction: text,
  /** The date the content as a whole is stated as at, shown in citations of the site. */
  asAt: isoDate,
  licence: z.strictObject({ content: text, data: text, code: text }),
  /** Labels for every value of every closed vocabulary in src/lib/vocabulary.ts. */
  labels: z.record(z.string(), z.record(z.string(), vocabularyLabel)),
  /** The people and bodies recommendations are addressed to. */
  actors: z
    .array(z.strictObject({ id: slug, name: text, abbreviation: text.optional(), description: text.optional() }))
    .min(1),
});
export type Site = z.infer<typeof siteSchema>;

// ---------------------------------------------------------------- sources (content/sources/*.yaml)

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  kind: z.enum(SOURCE_KINDS),
  author: text.optional(),
  publisher: text.optional(),
  date: text.optional(),
  url: url.optional(),
  /** For seeds: the path of the document in this repository. */
  file: text.optional(),
  note: text.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesFileSchema = z.strictObject({ sources: z.array(sourceSchema).min(1) });

// ---------------------------------------------------------------- instruments (content/instruments/*.yaml)

const datedFact = {
  confidence,
  sources: sourceRefs,
  note: text.optional(),
};

export const instrumentSchema = z.strictObject({
  id: slug,
  role: z.enum(INSTRUMENT_ROLES),
  kind: z.enum(INSTRUMENT_KINDS),
  /** Sort order on lists; the primary instruments come first. */
  order: z.number().int(),
  title: text,
  shortTitle: text,
  /** "Act 670", or a treaty's UN registration. */
  number: text.optional(),
  jurisdiction: text,
  /** False for instruments whose articles have no official headings (the CRC): pages then show none, not "unconfirmed". */
  hasHeadings: z.boolean().default(true),
  /** Names people cite it by; the citation parser reads these. */
  aliases: z.array(text).default([]),
  summary: text,
  titles: z
    .array(z.strictObject({ title: text, from: isoDate.optional(), to: isoDate.optional(), by: text.optional(), ...datedFact }))
    .default([]),
  dates: z.array(z.strictObject({ event: z.enum(INSTRUMENT_EVENTS), date: partialDate, ...datedFact })).default([]),
  /** Amending instruments, in date order. `id` is how provisions' histories refer to them (e.g. "A1644"). */
  amendments: z
    .array(
      z.strictObject({
        id: text,
        title: text,
        inForce: isoDate.optional(),
        summary: text,
        unconfirmed,
        ...datedFact,
      }),
    )
    .default([]),
  parts: z
    .array(z.strictObject({ id: text, title: text, note: text.optional(), unconfirmed }))
    .default([]),
  officialSource: z.strictObject({ url, label: text, note: text.optional() }),
  /** Ranges of the arrangement that could not be found or confirmed; shown on the instrument page. */
  coverage: z.array(z.strictObject({ range: text, note: text })).default([]),
  asAt: isoDate,
  sources: sourceRefs,
  unconfirmed,
});
export type Instrument = z.infer<typeof instrumentSchema>;

// ---------------------------------------------------------------- provisions (content/provisions/<instrument>.yaml)

/** The structured elements that theme pages compare row by row. All optional: only what the provision states. */
export const elementsSchema = z.strictObject({
  /** Who the provision protects, in words ("a child under 18 or a person with a disability"). */
  protects: text.optional(),
  /** The age below which a person is protected or treated as a child. */
  ageThreshold: z.number().int().positive().optional(),
  conduct: text.optional(),
  /** Whether the prosecution must prove means (threat, force, deception, ...). */
  meansRequired: z.boolean().optional(),
  /** Whether the victim's consent can be a defence or otherwise affects liability. */
  consentRelevant: z.boolean().optional(),
  purpose: text.optional(),
  imprisonmentMinYears: z.number().nonnegative().optional(),
  imprisonmentMaxYears: z.union([z.number().positive(), z.literal('life')]).optional(),
  fine: text.optional(),
  whipping: z.enum(['mandatory', 'liable', 'none']).optional(),
  /** The authority that acts (a Magistrate, the Council, a Protection Officer, ...). */
  authority: text.optional(),
  notes: text.optional(),
});
export type Elements = z.infer<typeof elementsSchema>;

export const definitionSchema = z.strictObject({
  term: text,
  summary: text,
  /** When the definition took its present form, e.g. "A1644 (2022)". */
  since: text.optional(),
  confidence,
  sources: sourceRefs.optional(),
  unconfirmed,
});
export type Definition = z.infer<typeof definitionSchema>;

export const historyEntrySchema = z.strictObject({
  date: isoDate.optional(),
  /** The amending instrument's id as listed in the instrument's `amendments`. */
  by: text.optional(),
  change: z.enum(CHANGE_KINDS),
  note: text.optional(),
  confidence,
});

export const provisionEntrySchema = z.strictObject({
  local: z.string().regex(PROVISION_LOCAL_PATTERN, 'expected a local id like "s14", "s26a" or "art3-c"').describe('Id within the instrument: s14, s26a, art3-c'),
  /** The number as printed: "14", "26A", "3(c)". */
  number: text.describe('The number as printed: 14, 26A, 3(c)'),
  /** Absent where no source gave the heading; the page says so rather than inventing one. */
  heading: text.optional().describe('The heading; absent where no source gave it'),
  part: text.optional().describe('The Part (or Section of a treaty) it sits in'),
  /** For a sub-paragraph such as Art 3(c): the local id of the provision it belongs to. */
  parent: z.string().regex(PROVISION_LOCAL_PATTERN).optional(),
  status: z.enum(PROVISION_STATUSES).describe('Status as at the asAt date'),
  history: z.array(historyEntrySchema).default([]).describe('Amendment history: enacted, inserted, amended, substituted, repealed'),
  summary: text.optional().describe("This site's summary in its own words, not the text of the law"),
  definitions: z.array(definitionSchema).default([]).describe('Defined terms, one by one (definition sections)'),
  elements: elementsSchema.optional().describe('Structured elements compared across instruments: ages, means, consent, penalties'),
  themes: z.array(slug).default([]).describe('Harmonisation themes the provision bears on'),
  sources: sourceRefs.describe('Sources, each with a confidence level'),
  /** Overrides the file's `asAt` for this provision. */
  asAt: isoDate.optional(),
  confidence: confidence.describe('How sure we are: confirmed-primary, confirmed-secondary or unconfirmed'),
  unconfirmed: unconfirmed.describe('Fields of this record that are stated but not confirmed'),
  note: text.optional().describe('Editorial note, e.g. what could not be read'),
});
export type ProvisionEntry = z.infer<typeof provisionEntrySchema>;

export const provisionsFileSchema = z.strictObject({
  instrument: slug,
  /** The date every provision in this file is stated as at, unless it says otherwise. */
  asAt: isoDate,
  provisions: z.array(provisionEntrySchema).min(1),
});

// ---------------------------------------------------------------- themes (content/themes/*.yaml)

export const matrixCellSchema = z.strictObject({
  status: z.enum(MATRIX_STATUSES),
  reason: text,
  provisions: z.array(provisionRef).default([]),
});
export type MatrixCell = z.infer<typeof matrixCellSchema>;

export const themeSchema = z.strictObject({
  id: slug,
  title: text,
  order: z.number().int(),
  /** The question the theme asks of each instrument. */
  question: text,
  summary: text,
  /** Element fields compared row by row on the theme page. */
  compare: z.array(z.enum(Object.keys(elementsSchema.shape) as [keyof Elements, ...(keyof Elements)[]])).default([]),
  /** One cell per instrument id; the matrix page shows every primary instrument and flags a missing cell. */
  matrix: z.record(slug, matrixCellSchema).default({}),
});
export type Theme = z.infer<typeof themeSchema>;

// ---------------------------------------------------------------- defined terms (content/terms/*.yaml)

export const termSchema = z.strictObject({
  id: slug,
  term: text,
  /** The terms of provisions' `definitions` entries that define this term (case-insensitive); defaults to `term`. */
  matches: z.array(text).default([]),
  /** Where the definitions differ, in our words: the point of the page. */
  differences: text,
  /** Whether the term's first use in a piece of our prose links to this page (off for everyday words like "child"). */
  autolink: z.boolean().default(true),
});
export type Term = z.infer<typeof termSchema>;

// ---------------------------------------------------------------- links (content/links/*.yaml)

export const linkSchema = z.strictObject({
  from: provisionRef.describe('Provision id the link reads from'),
  to: provisionRef.describe('Provision id the link reads to'),
  relation: z.enum(LINK_RELATIONS).describe('How "from" relates to "to", e.g. implements, conflicts'),
  note: text.describe('Why, in one sentence'),
  confidence: confidence.optional(),
});
export type LinkEntry = z.infer<typeof linkSchema>;
export const linksFileSchema = z.strictObject({ links: z.array(linkSchema).min(1) });

// ---------------------------------------------------------------- recommendations (content/recommendations/*.yaml)

export const recommendationSchema = z.strictObject({
  id: slug,
  title: text,
  /** Our own summary of what is recommended. */
  summary: text.describe('What is recommended, in our words'),
  /** For a seed recommendation, the seed's own words (the seeds are part of this project and quoted as seeds). */
  quote: text.optional().describe("The seed document's own words"),
  provenance: z.strictObject({
    source: slug,
    /** The part of the document: "Proposal of Solution and Call to Action, item 4". */
    section: text,
    speaker: text.optional(),
    organisation: text.optional(),
  }),
  actors: z.array(slug).min(1, 'expected at least one actor the recommendation addresses').describe('Ids of the actors addressed (see site.yaml)'),
  type: z.enum(RECOMMENDATION_TYPES).describe('Kind of measure'),
  themes: z.array(slug).default([]).describe('Harmonisation themes'),
  targets: z.array(provisionRef).default([]).describe('Provisions it would change or relies on'),
  priority: z.enum(PRIORITIES).describe("The editors' priority for children's protection"),
});
export type RecommendationEntry = z.infer<typeof recommendationSchema>;
export const recommendationsFileSchema = z.strictObject({ recommendations: z.array(recommendationSchema).min(1) });

// ---------------------------------------------------------------- gaps (content/gaps/*.mdx front matter)

export const gapSchema = z.strictObject({
  title: text,
  summary: text,
  severity: z.enum(SEVERITIES),
  order: z.number().int(),
  themes: z.array(slug).default([]),
  /** The international standard: provisions of treaties. */
  standard: z.array(provisionRef).default([]),
  /** The Malaysian provisions involved. */
  provisions: z.array(provisionRef).default([]),
  /** The recommendations that would close the gap; each recommendation page lists the gaps that cite it. */
  recommendations: z.array(slug).default([]),
  sources: sourceRefs,
  asAt: isoDate,
  confidence,
});
export type GapEntry = z.infer<typeof gapSchema>;
