/**
 * Problems found in content, reported so that an editor can act on them: the file (relative to the project, e.g.
 * `content/links/child-marriage.yaml`), the line where it is known, the entry, the field and what was expected.
 */
import type { ParsedFile, PathKey } from './content-files.ts';

export interface Problem {
  file: string;
  line?: number;
  /** Which entry in the file: `link 3`, `provision s14`, `front matter`. */
  entry?: string;
  /** The field, as a dotted path within the entry: `to`, `elements.imprisonmentMaxYears`. */
  field?: string;
  message: string;
}

/** Where an entry came from, so that later checks can point at it. */
export interface Location {
  file: string;
  /** Path of the entry inside the file's data. */
  path: PathKey[];
  /** How messages name the entry: `link 3`, `provision s14`. */
  entry?: string;
  lineOf: ParsedFile['lineOf'];
}

/** Builds a problem at a field of a located entry. */
export function problemAt(at: Location, field: PathKey[], message: string): Problem {
  return {
    file: at.file,
    line: at.lineOf([...at.path, ...field]),
    entry: at.entry,
    field: field.length ? field.join('.') : undefined,
    message,
  };
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const what = [p.entry, p.field ? `"${p.field}"` : undefined].filter(Boolean).join(' ');
  return what ? `${where}: ${what}: ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown by the build when content is invalid; the message lists every problem, one a line. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in content:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Edit distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest known value, when it is close enough to be a likely typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(value, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** `no provision "x" (did you mean y?)`: the standard message for a reference to something that does not exist. */
export function unknownReference(kind: string, value: string, known: Iterable<string>): string {
  const hint = closest(value, known);
  return `no ${kind} "${value}"${hint ? ` (did you mean ${hint}?)` : ''}`;
}
