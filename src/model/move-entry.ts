/**
 * The text edits that move a `key = value` line from one table to another, for fixes that put a
 * parameter where it belongs. Only the plain layout is moved: the entry alone on its line(s) and
 * the destination written with a `[header]` or `[[header]]`; anything else gets no fix.
 */
import type { TextEdit } from '../engine/diagnostic.js';
import type { TomlEntry, TomlTable } from '../document/tree.js';

export function moveEntryEdits(text: string, entry: TomlEntry, destination: TomlTable): TextEdit[] | undefined {
  if ((destination.origin !== 'header' && destination.origin !== 'array-header') || destination.entries.has(entry.key)) return undefined;
  const lineStart = text.lastIndexOf('\n', entry.keySpan.start - 1) + 1;
  const lineEnd = endOfLine(text, entry.value.span.end);
  // Not alone on its line: a dotted key, an inline table, or another key before it.
  if (text.slice(lineStart, entry.keySpan.start).trim() !== '') return undefined;
  if (!/^[ \t]*(#.*)?\r?$/.test(text.slice(entry.value.span.end, lineEnd))) return undefined;

  const after = lastValueEnd(destination);
  const afterLineEnd = endOfLine(text, after);
  if (!/^[ \t]*(#.*)?\r?$/.test(text.slice(after, afterLineEnd))) return undefined;
  const newline = text[afterLineEnd - 1] === '\r' ? '\r\n' : '\n';
  const moved = text.slice(entry.keySpan.start, lineEnd).replace(/\r$/, '');
  const insertAt = Math.min(afterLineEnd + 1, text.length);
  return [
    { start: lineStart, end: Math.min(lineEnd + 1, text.length), text: '' },
    { start: insertAt, end: insertAt, text: afterLineEnd === text.length ? `${newline}${moved}` : `${moved}${newline}` },
  ];
}

/**
 * Where the table's own `key = value` lines end: its header, or the last value written in the
 * lines under it. Values that are tables of their own (`[a.b]` headers) are written further down.
 */
function lastValueEnd(table: TomlTable): number {
  const inline = [...table.entries.values()].filter(({ value }) => (value.kind === 'table' ? value.origin === 'inline' : value.kind === 'scalar' || !value.ofTables));
  return Math.max(table.span.end, ...inline.map((entry) => entry.value.span.end));
}

/** The offset of the line feed ending the line that holds `offset`, or the end of the text. */
function endOfLine(text: string, offset: number): number {
  const index = text.indexOf('\n', offset);
  return index === -1 ? text.length : index;
}
