/**
 * The harmonisation matrix: themes by primary instruments, one cell each. A theme that has no cell for an instrument
 * yields an explicit "missing" cell, so the matrix never shows an empty square without saying why.
 */
import type { Instrument, MatrixCell, Theme } from './schema.ts';

export interface MatrixRow {
  theme: Theme;
  cells: { instrument: Instrument; cell: MatrixCell | null }[];
}

export function buildMatrix(themes: readonly Theme[], instruments: readonly Instrument[]): MatrixRow[] {
  const columns = instruments.filter((i) => i.role === 'primary');
  return themes.map((theme) => ({
    theme,
    cells: columns.map((instrument) => ({ instrument, cell: theme.matrix[instrument.id] ?? null })),
  }));
}

/** RFC 4180 CSV: fields quoted when they contain a comma, quote or line break. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function matrixCsv(rows: readonly MatrixRow[], statusLabel: (status: string) => string): string {
  const header = ['theme_id', 'theme', 'instrument_id', 'instrument', 'status', 'status_label', 'reason', 'provisions'];
  const body = rows.flatMap((r) =>
    r.cells.map(({ instrument, cell }) => [
      r.theme.id,
      r.theme.title,
      instrument.id,
      instrument.shortTitle,
      cell?.status ?? 'missing',
      cell ? statusLabel(cell.status) : 'No assessment yet',
      cell?.reason ?? '',
      (cell?.provisions ?? []).join(' '),
    ]),
  );
  return toCsv([header, ...body]);
}
