/**
 * Text edits, and the ones that take whole `key = value` lines out of a config or move them,
 * keeping every other line as it was. Rules build their fixes from these; the fixer applies them.
 */
import type { Span } from './source.js';
import { entrySpan, type TomlEntry, type TomlTable } from './tree.js';

/** Replace the source text in [start, end) with `text`. Offsets are UTF-16 code units. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The line that holds a span: where it starts and ends (before its line feed), and what else is on it. */
export interface LineAround {
  readonly start: number;
  readonly end: number;
  /** Only blanks before the span and, after it, only blanks and a comment. */
  readonly alone: boolean;
}

function lineAround(text: string, span: Span): LineAround {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  const end = newline === -1 ? text.length : newline;
  const alone = text.slice(start, span.start).trim() === '' && /^[ \t]*(#.*)?\r?$/.test(text.slice(span.end, end));
  return { start, end, alone };
}

/** Removes a span's whole line, line feed included. */
function removeLine(text: string, line: LineAround): TextEdit {
  return { start: line.start, end: Math.min(line.end + 1, text.length), text: '' };
}

/** Removes `key = value` with its line (and a comment after it), when nothing else is on that line. */
export function removeEntryLine(text: string, entry: TomlEntry): TextEdit | undefined {
  const line = lineAround(text, entrySpan(entry));
  return line.alone ? removeLine(text, line) : undefined;
}

/**
 * Moves a `key = value` line from one table to another, for fixes that put a parameter where it
 * belongs. Only the plain layout is moved: the entry alone on its line(s) and the destination
 * written with a `[header]` or `[[header]]`; anything else gets no fix.
 */
export function moveEntryEdits(text: string, entry: TomlEntry, destination: TomlTable): TextEdit[] | undefined {
  if ((destination.origin !== 'header' && destination.origin !== 'array-header') || destination.entries.has(entry.key)) return undefined;
  const line = lineAround(text, entrySpan(entry));
  // Not alone on its line: a dotted key, an inline table, or another key before it.
  if (!line.alone) return undefined;
  const lastValue = lastValueEnd(destination);
  const after = lineAround(text, { start: lastValue, end: lastValue });
  if (!/^[ \t]*(#.*)?\r?$/.test(text.slice(lastValue, after.end))) return undefined;
  const newline = text[after.end - 1] === '\r' ? '\r\n' : '\n';
  const moved = text.slice(entry.keySpan.start, line.end).replace(/\r$/, '');
  const insertAt = Math.min(after.end + 1, text.length);
  return [removeLine(text, line), { start: insertAt, end: insertAt, text: after.end === text.length ? `${newline}${moved}` : `${moved}${newline}` }];
}

/**
 * Where the table's own `key = value` lines end: its header, or the last value written in the
 * lines under it. Values that are tables of their own (`[a.b]` headers) are written further down.
 */
function lastValueEnd(table: TomlTable): number {
  const inline = [...table.entries.values()].filter(({ value }) => (value.kind === 'table' ? value.origin === 'inline' : value.kind === 'scalar' || !value.ofTables));
  return Math.max(table.span.end, ...inline.map((entry) => entry.value.span.end));
}

/** The edit that replaces a node's (or a span's) text with `text`. */
export function replace(at: Span | { readonly span: Span }, text: string): TextEdit {
  const span = 'span' in at ? at.span : at;
  return { start: span.start, end: span.end, text };
}
