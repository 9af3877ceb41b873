/**
 * The order of a document's table headers, and the headers that reach back into an array of
 * tables after other tables came between.
 *
 * TOML gives the layout no meaning: `[a.b]` below `[[a]]` belongs to the last `[[a]]` element
 * wherever it is written. tomlkit, which QIIME 2 reads the config with, builds its document from
 * runs of adjacent headers, and some of its versions refuse a header that extends an array of
 * tables from outside the run that wrote the element (python-poetry/tomlkit#261); which layouts
 * each version refuses is decided in src/catalog/tomlkit.ts.
 */
import type { Span } from './source.js';
import type { TomlPath, TomlTable } from './tree.js';
export interface TableHeader {
    /** The table's path with the index of each array-of-tables element: `[parsl.executors.provider]` → parsl, executors, 1, provider. */
    readonly path: TomlPath;
    /** The `[header]` or `[[header]]` as written. */
    readonly span: Span;
    /** `[[header]]`: a new element of an array of tables. */
    readonly arrayElement: boolean;
    /** Its place among the document's headers, from 0. */
    readonly index: number;
}
/**
 * Where a header written between an array element and its late extension sits, seen from the
 * array (`[[parsl.executors]]` here):
 * - `beside`: under the table that holds the array, as `[parsl.executor_mapping]` (for an array
 *   at the top level, any other table);
 * - `ancestor`: the table that holds the array, or one above it, as `[parsl]`;
 * - `same-top-level`: elsewhere under the array's top-level table;
 * - `other-top-level`: under another top-level table, as `[site]`.
 */
export type Interruption = 'beside' | 'ancestor' | 'same-top-level' | 'other-top-level';
export interface LateArrayExtension {
    /** The late header. */
    readonly header: TableHeader;
    /** `subtable`: it writes into the element (`[a.b]` after `[[a]]`); `element`: it starts the next one (`[[a]]`). */
    readonly kind: 'subtable' | 'element';
    /** The `[[header]]` of the element the late header extends, or of the element before the one it starts. */
    readonly element: TableHeader;
    /** The headers written between, outside that element, with where each sits. */
    readonly between: readonly Between[];
    /** Where those headers sit, together. */
    readonly interruptions: ReadonlySet<Interruption>;
}
export interface Between {
    readonly header: TableHeader;
    readonly interruption: Interruption;
}
/** Every `[header]` and `[[header]]` of the document, in the order written. */
export declare function tableHeaders(root: TomlTable): TableHeader[];
/**
 * The headers that write into an array-of-tables element, or start its next element, after a
 * header outside that element came between. One entry per late header and array it reaches back
 * into, outermost array first.
 */
export declare function lateArrayExtensions(headers: readonly TableHeader[]): LateArrayExtension[];
