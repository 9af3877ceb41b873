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
export declare function moveLateTablesEdits(text: string, headers: readonly TableHeader[], extension: LateArrayExtension): TextEdit[] | undefined;
