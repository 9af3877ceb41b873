/**
 * A TOML document as a tree of values that remember where they were written.
 *
 * TOML lets one table be spread over headers, dotted keys and inline tables; this tree merges
 * them into the shape every TOML reader (tomlkit in QIIME 2 included) produces, and keeps for
 * each key and value the span a diagnostic should point at.
 */
import type { Span } from './source.js';

/** A path from the document root: table keys and array indices. */
export type TomlPath = readonly (string | number)[];

export type TomlNode = TomlTable | TomlArray | TomlScalar;

export interface TomlTable {
  readonly kind: 'table';
  readonly path: TomlPath;
  /**
   * Where the table is written: its `[header]`, its `{ inline }` braces, or the key that first
   * created it implicitly (`parsl` in `[parsl.executors]`).
   */
  readonly span: Span;
  /** How the table came to be, which decides where a missing key should be reported. */
  readonly origin: 'root' | 'header' | 'array-header' | 'inline' | 'implicit';
  readonly entries: Map<string, TomlEntry>;
}

export interface TomlArray {
  readonly kind: 'array';
  readonly path: TomlPath;
  readonly span: Span;
  /** `[[array.of.tables]]` rather than a `[ ... ]` value. */
  readonly ofTables: boolean;
  readonly items: TomlNode[];
}

export type ScalarType = 'string' | 'integer' | 'float' | 'boolean' | 'datetime';

export interface TomlScalar {
  readonly kind: 'scalar';
  readonly path: TomlPath;
  readonly span: Span;
  readonly type: ScalarType;
  /** The value as a JS value; integers beyond 2^53 lose precision here. */
  readonly value: string | number | boolean | Date;
  /** For strings: how the literal was written, so its content can be mapped to offsets. */
  readonly stringStyle?: 'basic' | 'literal' | 'multiline-basic' | 'multiline-literal';
  /** For numbers: the literal as written, without `_` (what numberText shows when `value` cannot). */
  readonly literal?: string;
}

export interface TomlEntry {
  readonly key: string;
  /** The key as written where it was defined (the last segment of a dotted key or header). */
  readonly keySpan: Span;
  readonly value: TomlNode;
}

export function isTable(node: TomlNode | undefined): node is TomlTable {
  return node?.kind === 'table';
}

export function isString(node: TomlNode | undefined): node is TomlScalar & { value: string } {
  return node?.kind === 'scalar' && node.type === 'string';
}

/** From a key to the end of its value: the span a "remove this key" edit or a note covers. */
export function entrySpan(entry: TomlEntry): Span {
  return { start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.value.span.end) };
}

/** The JSON-like value of a node, as a TOML reader would return it. */
export function plainValue(node: TomlNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(plainValue);
    case 'table':
      return Object.fromEntries([...node.entries].map(([key, entry]) => [key, plainValue(entry.value)]));
  }
}

/**
 * Where to point at an entry as a whole: the `[header]` or first `[[header]]` it was written
 * with, otherwise its key.
 */
export function entryAnchor(entry: TomlEntry): Span {
  const value = entry.value;
  if ((value.kind === 'table' && value.origin === 'header') || (value.kind === 'array' && value.ofTables)) return value.span;
  return entry.keySpan;
}
