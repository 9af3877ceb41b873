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
import type { TomlNode, TomlPath, TomlTable } from './tree.js';

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
export function tableHeaders(root: TomlTable): TableHeader[] {
  const tables: TomlTable[] = [];
  const visit = (node: TomlNode): void => {
    if (node.kind === 'table') {
      if (node.origin === 'header' || node.origin === 'array-header') tables.push(node);
      // Inline tables hold no headers.
      if (node.origin !== 'inline') for (const entry of node.entries.values()) visit(entry.value);
    } else if (node.kind === 'array' && node.ofTables) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return tables.sort((a, b) => a.span.start - b.span.start).map((table, index) => ({ path: table.path, span: table.span, arrayElement: table.origin === 'array-header', index }));
}

/**
 * The headers that write into an array-of-tables element, or start its next element, after a
 * header outside that element came between. One entry per late header and array it reaches back
 * into, outermost array first.
 */
export function lateArrayExtensions(headers: readonly TableHeader[]): LateArrayExtension[] {
  // Most documents have none, and this look costs no allocation (every config of a batch is read so).
  if (!someHeaderFollowsAnOutsider(headers)) return [];
  const byPath = new Map(headers.map((header, index) => [pathKey(header.path), index]));
  // Per element header: the headers outside the element seen after it so far, with what they are.
  // Late headers come in order, so each element is scanned once however many headers reach back
  // into it, and headers that see the same list share it.
  type Scan = { next: number; outside: Between[]; seen: Pick<LateArrayExtension, 'between' | 'interruptions'> };
  const scans = new Map<number, Scan>();
  const outsideBefore = (elementIndex: number, index: number): Scan['seen'] => {
    const elementPath = headers[elementIndex]!.path;
    const scan = scans.get(elementIndex) ?? { next: elementIndex + 1, outside: [], seen: { between: [], interruptions: new Set() } };
    scans.set(elementIndex, scan);
    for (; scan.next < index; scan.next++) {
      const other = headers[scan.next]!;
      if (!startsWith(other.path, elementPath)) scan.outside.push({ header: other, interruption: interruption(other.path, elementPath) });
    }
    if (scan.seen.between.length !== scan.outside.length) {
      scan.seen = { between: scan.outside.slice(), interruptions: new Set(scan.outside.map((other) => other.interruption)) };
    }
    return scan.seen;
  };
  const found: LateArrayExtension[] = [];
  headers.forEach((header, index) => {
    header.path.forEach((segment, depth) => {
      if (typeof segment !== 'number') return;
      const starts = header.arrayElement && depth === header.path.length - 1;
      if (starts && segment === 0) return;
      const elementPath = starts ? [...header.path.slice(0, depth), segment - 1] : header.path.slice(0, depth + 1);
      if (!starts && elementPath.length === header.path.length) return; // the element's own [[header]]
      const elementIndex = byPath.get(pathKey(elementPath));
      if (elementIndex === undefined) return;
      const { between, interruptions } = outsideBefore(elementIndex, index);
      if (between.length > 0) found.push({ header, kind: starts ? 'element' : 'subtable', element: headers[elementIndex]!, between, interruptions });
    });
  });
  return found;
}

/**
 * Whether some header writes into an array element, or starts the element after one, right after
 * a header outside that element. Every late header needs one: take the last outside header before
 * it; the header after that one is the late header itself or another header inside the element.
 */
function someHeaderFollowsAnOutsider(headers: readonly TableHeader[]): boolean {
  for (let index = 1; index < headers.length; index++) {
    const { path, arrayElement } = headers[index]!;
    const previous = headers[index - 1]!.path;
    for (let depth = 0; depth < path.length; depth++) {
      const segment = path[depth];
      if (typeof segment !== 'number') continue;
      const starts = arrayElement && depth === path.length - 1;
      if (starts ? segment === 0 : depth === path.length - 1) continue;
      // Is `previous` inside the element: path up to depth, the element's index last (the one before, for a header that starts the next)?
      let inside = previous.length > depth && previous[depth] === (starts ? segment - 1 : segment);
      for (let at = 0; inside && at < depth; at++) inside = previous[at] === path[at];
      if (!inside) return true;
    }
  }
  return false;
}

function interruption(path: TomlPath, elementPath: TomlPath): Interruption {
  const holder = elementPath.slice(0, -2);
  if (path.length <= holder.length && startsWith(holder, path)) return 'ancestor';
  if (startsWith(path, holder)) return 'beside';
  return path[0] === elementPath[0] ? 'same-top-level' : 'other-top-level';
}

function startsWith(path: TomlPath, prefix: TomlPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function pathKey(path: TomlPath): string {
  return JSON.stringify(path);
}
