/**
 * Taking an entry out of a config without disturbing the rest: its whole `key = value`
 * line. Rules use it to build fixes and suggestions; undefined when the removal would not be
 * clean.
 */
import type { SourceText } from '../document/source.js';
import { entrySpan, type TomlEntry } from '../document/tree.js';
import type { TextEdit } from '../engine/diagnostic.js';

/** Removes `key = value` with its line (and a comment after it), when nothing else is on that line. */
export function removeEntryLine(source: SourceText, entry: TomlEntry): TextEdit | undefined {
  const span = entrySpan(entry);
  const start = source.text.lastIndexOf('\n', span.start - 1) + 1;
  if (source.text.slice(start, span.start).trim() !== '') return undefined;
  const newline = source.text.indexOf('\n', span.end);
  const end = newline === -1 ? source.text.length : newline + 1;
  if (!/^\s*(#.*)?\r?\n?$/.test(source.text.slice(span.end, end))) return undefined;
  return { start, end, text: '' };
}

