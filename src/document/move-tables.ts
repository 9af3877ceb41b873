/**
 * The edit that writes a late sub-table back into its array element (src/document/table-order.ts):
 * its header block, and the blocks of the element's tables that follow it without a break, move
 * up to just before the first table written between. A header's block is its line with the
 * comment lines right above it, down to the next header's block.
 */
import type { TextEdit } from './edits.js';
import type { LateArrayExtension, TableHeader } from './table-order.js';

/**
 * The move, or undefined where it might not be the same document: only when every header between
 * the element's last table and the late one lies outside the element, so the moved tables keep
 * their order among the element's own (a moved `[a.b.c]` never passes an `[[a.b]]`).
 */
export function moveLateTablesEdits(text: string, headers: readonly TableHeader[], extension: LateArrayExtension): TextEdit[] | undefined {
  if (extension.kind !== 'subtable') return undefined;
  const late = extension.header.index;
  const first = extension.between[0]!.header.index;
  // Every header from the first between on is outside the element unless it is one of its own.
  if (late - first !== extension.between.length) return undefined;
  const inside = (header: TableHeader): boolean => extension.element.path.every((segment, i) => header.path[i] === segment);
  let end = late + 1;
  while (end < headers.length && inside(headers[end]!)) end++;
  const from = blockStart(text, headers[late]!);
  const to = end < headers.length ? blockStart(text, headers[end]!) : text.length;
  const at = blockStart(text, headers[first]!);
  let moved = text.slice(from, to);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  if (!moved.endsWith('\n')) moved += newline;
  if (!/\n\r?\n$/.test(moved)) moved += newline;
  return [
    { start: at, end: at, text: moved },
    { start: from, end: to, text: '' },
  ];
}

/** Where a header's block starts: its line, or the first of the comment lines right above it. */
function blockStart(text: string, header: TableHeader): number {
  let start = text.lastIndexOf('\n', header.span.start - 1) + 1;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!text.slice(previous, start).trimStart().startsWith('#')) break;
    start = previous;
  }
  return start;
}
