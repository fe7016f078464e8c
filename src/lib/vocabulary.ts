/**
 * The closed vocabularies of the content model, defined once.
 *
 * Only the machine values live here: the schema, the validator and the views all read them from this module.
 * Human labels and explanations live in `content/site.yaml` (so a different deployment can reword them), and the
 * validator checks that every value below has a label there.
 */

/** How sure we are of a fact; the three levels the research dossiers use, shown on every fact the site states. */
export const CONFIDENCE = ['confirmed-primary', 'confirmed-secondary', 'unconfirmed'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Whether an instrument is one of the compared instruments or only supports a gap analysis. */
export const INSTRUMENT_ROLES = ['primary', 'supporting'] as const;
export type InstrumentRole = (typeof INSTRUMENT_ROLES)[number];

/** What kind of instrument; it decides how provisions are cited (s 14 / Art 3). */
export const INSTRUMENT_KINDS = ['act', 'state-enactment', 'treaty'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/** Dated events in an instrument's life. */
export const INSTRUMENT_EVENTS = [
  'adoption',
  'signature',
  'royal-assent',
  'gazette',
  'commencement',
  'entry-into-force',
  'accession',
  'ratification',
  'reservation',
  'reservation-withdrawn',
  'passed-lower-house',
  'passed-upper-house',
  'first-reading',
  'reprint',
] as const;
export type InstrumentEvent = (typeof INSTRUMENT_EVENTS)[number];

/** The current state of a provision as at its `asAt` date. */
export const PROVISION_STATUSES = ['in-force', 'amended', 'inserted', 'substituted', 'repealed', 'not-in-force'] as const;
export type ProvisionStatus = (typeof PROVISION_STATUSES)[number];

/** What an amending instrument did to a provision. */
export const CHANGE_KINDS = ['enacted', 'inserted', 'amended', 'substituted', 'repealed', 'renumbered', 'commenced'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Relations between two provisions. Each reads "from <relation> to", e.g. s 14 ATIPSOM implements Art 3(c). */
export const LINK_RELATIONS = [
  'implements',
  'equivalent',
  'partial',
  'narrower',
  'broader',
  'conflicts',
  'cross-reference',
] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** A cell of the harmonisation matrix. */
export const MATRIX_STATUSES = ['aligned', 'partial', 'gap', 'conflict', 'not-addressed'] as const;
export type MatrixStatus = (typeof MATRIX_STATUSES)[number];

export const RECOMMENDATION_TYPES = ['legislative-amendment', 'policy', 'practice', 'training', 'data'] as const;
export type RecommendationType = (typeof RECOMMENDATION_TYPES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Kinds of bibliography entry; `seed` marks the documents the project was created from. */
export const SOURCE_KINDS = [
  'seed',
  'official-text',
  'text-reproduction',
  'government',
  'treaty-body',
  'ngo',
  'academic',
  'news',
  'law-firm',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Every closed vocabulary by the name under which `content/site.yaml` labels it. */
export const VOCABULARIES = {
  confidence: CONFIDENCE,
  instrumentRole: INSTRUMENT_ROLES,
  instrumentKind: INSTRUMENT_KINDS,
  instrumentEvent: INSTRUMENT_EVENTS,
  provisionStatus: PROVISION_STATUSES,
  changeKind: CHANGE_KINDS,
  linkRelation: LINK_RELATIONS,
  matrixStatus: MATRIX_STATUSES,
  recommendationType: RECOMMENDATION_TYPES,
  priority: PRIORITIES,
  severity: SEVERITIES,
  sourceKind: SOURCE_KINDS,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
