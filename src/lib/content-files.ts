/**
 * Reading content files (YAML, and the YAML front matter of MDX) while keeping where each value came from, so that
 * every problem can name its file and line.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export type PathKey = string | number;

export interface ParsedFile {
  /** Path shown in messages, relative to the folder that holds `content/`. */
  file: string;
  data: unknown;
  /** The line (1-based) of the value at a path inside the file, or the nearest enclosing value's line. */
  lineOf(path: readonly PathKey[]): number | undefined;
}

/** Lists files under a folder (recursively) whose names end with one of the extensions, in a stable order. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, extensions));
    else if (extensions.some((ext) => name.endsWith(ext))) out.push(full);
  }
  return out;
}

function locate(doc: Document, counter: LineCounter, lineOffset: number) {
  return (path: readonly PathKey[]): number | undefined => {
    // Walk up the path until a node with a position is found.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
}

function parseYamlText(text: string, file: string, lineOffset: number, problems: Problem[]): ParsedFile | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? counter.linePos(err.pos[0]).line;
      problems.push({
        file,
        line: line === undefined ? undefined : line + lineOffset,
        message: `malformed YAML: ${err.message.split('\n')[0]}`,
      });
    }
    return null;
  }
  return { file, data: doc.toJS(), lineOf: locate(doc, counter, lineOffset) };
}

/** Parses a YAML file. Malformed YAML is reported as a problem and yields null. */
export function readYamlFile(path: string, base: string, problems: Problem[]): ParsedFile | null {
  const file = relative(base, path);
  return parseYamlText(readFileSync(path, 'utf8'), file, 0, problems);
}

export interface ParsedFrontMatter extends ParsedFile {
  body: string;
  /** The line of the file on which the body starts. */
  bodyLine: number;
}

/** Parses the YAML front matter of a Markdown/MDX file. A missing or unterminated block is a problem. */
export function readFrontMatterFile(path: string, base: string, problems: Problem[]): ParsedFrontMatter | null {
  const file = relative(base, path);
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    problems.push({ file, line: 1, message: 'missing front matter: expected the file to start with a --- block' });
    return null;
  }
  // The front matter starts on line 2 of the file.
  const parsed = parseYamlText(match[1]!, file, 1, problems);
  if (!parsed) return null;
  return { ...parsed, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** True when the value is a YAML mapping in the parsed data (used to give a clear message for a wrong top level). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
