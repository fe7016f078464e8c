/**
 * The open data files served under /data/: the same records the pages show, as JSON and CSV, with JSON Schemas
 * generated from the zod schemas so that a reuser can validate what they download.
 */
import { z } from 'zod';
import { fullCitation, shortCitation } from './citation-format.ts';
import { provisionPath } from './ids.ts';
import type { Corpus } from './load-content.ts';
import { buildMatrix, matrixCsv, toCsv } from './matrix.ts';
import { linkSchema, provisionEntrySchema, recommendationSchema, themeSchema, instrumentSchema, isoDate } from './schema.ts';

export const exportSchemas = {
  instrument: instrumentSchema,
  provision: provisionEntrySchema.extend({
    id: z.string().describe('Stable id, `<instrument>/<local>`; also the page path under /instruments/'),
    instrument: z.string().describe('Instrument id'),
    asAt: isoDate.describe('The date the provision is stated as at'),
    citation: z.string().describe("Short citation in the site's style"),
    fullCitation: z.string().describe("Full citation in the site's style"),
    url: z.string().describe('Path of the provision page'),
  }),
  link: linkSchema.extend({ id: z.string().describe('Stable id of the link') }),
  theme: themeSchema,
  recommendation: recommendationSchema,
} as const;
export type ExportName = keyof typeof exportSchemas;

export function jsonSchemaOf(name: ExportName): object {
  return z.toJSONSchema(exportSchemas[name], { io: 'input', unrepresentable: 'any' });
}


export function provisionRecords(corpus: Pick<Corpus, "instruments" | "provisions">) {
  const byId = new Map(corpus.instruments.map((i) => [i.id, i]));
  return corpus.provisions.map((p) => {
    const inst = byId.get(p.instrument)!;
    const { position: _position, ...rest } = p;
    return { ...rest, citation: shortCitation(p, inst), fullCitation: fullCitation(p, inst), url: provisionPath(p.id) };
  });
}

/** Every data file: path under /data/ -> body and content type. */
export function dataFiles(corpus: Pick<Corpus, 'instruments' | 'provisions' | 'links' | 'themes' | 'recommendations'>, statusLabel: (s: string) => string): Map<string, { body: string; type: string }> {
  const json = (v: unknown) => ({ body: JSON.stringify(v, null, 1), type: 'application/json' });
  const csv = (body: string) => ({ body, type: 'text/csv; charset=utf-8' });
  const provisions = provisionRecords(corpus);
  const matrix = buildMatrix(corpus.themes, corpus.instruments);
  const files = new Map<string, { body: string; type: string }>([
    ['instruments.json', json(corpus.instruments)],
    ['provisions.json', json(provisions)],
    [
      'provisions.csv',
      csv(
        toCsv([
          ['id', 'instrument', 'number', 'heading', 'part', 'status', 'as_at', 'confidence', 'citation', 'summary', 'themes', 'url'],
          ...provisions.map((p) => [p.id, p.instrument, p.number, p.heading ?? '', p.part ?? '', p.status, p.asAt, p.confidence, p.citation, p.summary ?? '', p.themes.join(' '), p.url]),
        ]),
      ),
    ],
    ['links.json', json(corpus.links)],
    ['links.csv', csv(toCsv([['id', 'from', 'relation', 'to', 'note'], ...corpus.links.map((l) => [l.id, l.from, l.relation, l.to, l.note])]))],
    ['themes.json', json(corpus.themes)],
    ['matrix.json', json(matrix.map((r) => ({ theme: r.theme.id, cells: r.cells.map((c) => ({ instrument: c.instrument.id, ...(c.cell ?? { status: 'missing' }) })) })))],
    ['matrix.csv', csv(matrixCsv(matrix, statusLabel))],
    ['recommendations.json', json(corpus.recommendations)],
    [
      'recommendations.csv',
      csv(
        toCsv([
          ['id', 'title', 'summary', 'quote', 'source', 'section', 'speaker', 'organisation', 'actors', 'type', 'themes', 'targets', 'priority'],
          ...corpus.recommendations.map((r) => [r.id, r.title, r.summary, r.quote ?? '', r.provenance.source, r.provenance.section, r.provenance.speaker ?? '', r.provenance.organisation ?? '', r.actors.join(' '), r.type, r.themes.join(' '), r.targets.join(' '), r.priority]),
        ]),
      ),
    ],
  ]);
  for (const name of Object.keys(exportSchemas) as ExportName[]) files.set(`schema/${name}.schema.json`, json(jsonSchemaOf(name)));
  return files;
}
