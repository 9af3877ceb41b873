/**
 * Text → TOML document. The parser is toml-eslint-parser in TOML 1.0 mode: QIIME 2 reads its
 * config with tomlkit, a TOML 1.0 parser, so TOML 1.1 leniencies must be syntax errors here too
 * (research/toml-parsers.md). It gives every key, header and value its source range.
 */
import { parseTOML, type AST } from 'toml-eslint-parser';
import type { Span } from './source.js';
import type { ScalarType, TomlArray, TomlNode, TomlPath, TomlScalar, TomlTable } from './tree.js';

export interface TomlComment {
  /** The comment's text after the `#`. */
  readonly text: string;
  readonly span: Span;
}

export interface TomlDocument {
  readonly root: TomlTable;
  readonly comments: readonly TomlComment[];
}

export interface TomlSyntaxError {
  readonly message: string;
  readonly offset: number;
}

export type ParseResult = { ok: true; document: TomlDocument } | { ok: false; error: TomlSyntaxError };

export function parseDocument(text: string): ParseResult {
  // toml-eslint-parser accepts a carriage return that is not part of CRLF; TOML 1.0 does not.
  const bareCr = /\r(?!\n)/.exec(text);
  if (bareCr) return { ok: false, error: { message: 'carriage return (\\r) not followed by a line feed', offset: bareCr.index } };

  let program: AST.TOMLProgram;
  try {
    // A byte order mark is kept in the text (a rule reports it); the parser sees a blank of the
    // same length, so every offset stays right.
    program = parseTOML(text.replace(/^\uFEFF/, ' '), { tomlVersion: '1.0.0' });
  } catch (error) {
    if (error instanceof SyntaxError && typeof (error as { index?: unknown }).index === 'number') {
      return { ok: false, error: { message: error.message, offset: (error as unknown as { index: number }).index } };
    }
    // The parser recurses per level of nesting: far too deep a document exhausts the stack.
    if (error instanceof RangeError) return { ok: false, error: nestedTooDeep(deepestBracket(text)) };
    throw error;
  }
  const comments = program.comments.map((comment) => ({ text: comment.value, span: toSpan(comment.range) }));
  try {
    return { ok: true, document: { root: new TreeBuilder(text).build(program), comments } };
  } catch (error) {
    if (error instanceof NestedTooDeep) return { ok: false, error: nestedTooDeep(error.offset) };
    throw error;
  }
}

/**
 * QIIME 2's TOML reader (tomlkit) descends one Python call per level of nesting, and Python stops
 * at 1000 calls: a deeper value cannot be read there, and would only exhaust the stack here.
 */
const MAX_DEPTH = 1000;

/** Where brackets first nest more than MAX_DEPTH deep, counting every bracket: only for the message's position. */
function deepestBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[' || text[i] === '{') depth++;
    else if (text[i] === ']' || text[i] === '}') depth--;
    if (depth > MAX_DEPTH) return i;
  }
  return 0;
}

/** Thrown by the tree builder at the first value nested deeper than MAX_DEPTH. */
class NestedTooDeep extends Error {
  constructor(readonly offset: number) {
    super('nested too deep');
  }
}

function nestedTooDeep(offset: number): TomlSyntaxError {
  return { message: `keys, arrays and inline tables nested more than ${MAX_DEPTH} levels deep, beyond Python's recursion limit`, offset };
}

function toSpan(range: readonly [number, number]): Span {
  return { start: range[0], end: range[1] };
}

type MutableTable = TomlTable & { span: Span; origin: TomlTable['origin'] };

/**
 * Merges headers, dotted keys and inline tables into one tree. The parser has already rejected
 * every redefinition, so this never has to decide between two values for one key.
 */
class TreeBuilder {
  constructor(private readonly text: string) {}

  build(program: AST.TOMLProgram): TomlTable {
    const topLevel = program.body[0];
    const root: MutableTable = { kind: 'table', path: [], span: toSpan(topLevel.range), origin: 'root', entries: new Map() };
    for (const item of topLevel.body) {
      if (item.type === 'TOMLKeyValue') this.addKeyValue(root, item);
      else this.addTable(root, item);
    }
    return root;
  }

  private addTable(root: MutableTable, node: AST.TOMLTable): void {
    const header = { start: node.range[0], end: this.headerEnd(node) };
    // resolvedKey is the header's key with an array index after each array of tables:
    // [[a.b]] → ['a', 'b', 3]; [a.b.c] inside it → ['a', 'b', 3, 'c'].
    const resolved = node.resolvedKey;
    let table = root;
    let r = 0;
    node.key.keys.forEach((segment, j) => {
      const name = resolved[r++] as string;
      const index = resolved[r];
      const isLast = j === node.key.keys.length - 1;
      if (typeof index === 'number') {
        r++;
        table = this.arrayTableItem(table, name, toSpan(segment.range), index, header);
      } else {
        table = this.childTable(table, name, toSpan(segment.range), isLast ? header : undefined);
      }
    });
    for (const keyValue of node.body) this.addKeyValue(table, keyValue);
  }

  /** The end of `[a.b]` or `[[a.b]]`: past the closing brackets that follow the key. */
  private headerEnd(node: AST.TOMLTable): number {
    let offset = node.key.range[1];
    let brackets = node.kind === 'array' ? 2 : 1;
    while (offset < this.text.length && brackets > 0) {
      if (this.text[offset] === ']') brackets--;
      offset++;
    }
    return offset;
  }

  private childTable(parent: MutableTable, key: string, keySpan: Span, header: Span | undefined): MutableTable {
    const existing = parent.entries.get(key)?.value as MutableTable | undefined;
    if (existing) {
      // A table first created implicitly (by `[a.b]`) and declared later (by `[a]`) is reported at its header.
      if (header && existing.origin === 'implicit') {
        existing.span = header;
        existing.origin = 'header';
      }
      return existing;
    }
    const table: MutableTable = {
      kind: 'table',
      path: [...parent.path, key],
      span: header ?? keySpan,
      origin: header ? 'header' : 'implicit',
      entries: new Map(),
    };
    parent.entries.set(key, { key, keySpan, value: table });
    return table;
  }

  private arrayTableItem(parent: MutableTable, key: string, keySpan: Span, index: number, header: Span): MutableTable {
    let entry = parent.entries.get(key);
    if (!entry) {
      const array: TomlArray = { kind: 'array', path: [...parent.path, key], span: header, ofTables: true, items: [] };
      entry = { key, keySpan, value: array };
      parent.entries.set(key, entry);
    }
    const array = entry.value as TomlArray;
    const existing = array.items[index] as MutableTable | undefined;
    if (existing) return existing; // a sub-table header such as [a.b.c] below [[a.b]]
    const table: MutableTable = { kind: 'table', path: [...array.path, index], span: header, origin: 'array-header', entries: new Map() };
    array.items.push(table);
    return table;
  }

  private addKeyValue(table: MutableTable, node: AST.TOMLKeyValue): void {
    const keys = node.key.keys;
    let target = table;
    for (const segment of keys.slice(0, -1)) target = this.childTable(target, keyName(segment), toSpan(segment.range), undefined);
    const last = keys[keys.length - 1]!;
    const key = keyName(last);
    target.entries.set(key, { key, keySpan: toSpan(last.range), value: this.value(node.value, [...target.path, key]) });
  }

  private value(node: AST.TOMLContentNode, path: TomlPath): TomlNode {
    const span = toSpan(node.range);
    if (path.length > MAX_DEPTH) throw new NestedTooDeep(span.start);
    if (node.type === 'TOMLInlineTable') {
      const table: MutableTable = { kind: 'table', path, span, origin: 'inline', entries: new Map() };
      for (const keyValue of node.body) this.addKeyValue(table, keyValue);
      return table;
    }
    if (node.type === 'TOMLArray') {
      return { kind: 'array', path, span, ofTables: false, items: node.elements.map((element, i) => this.value(element, [...path, i])) };
    }
    return scalar(node, path, span);
  }
}

function keyName(segment: AST.TOMLBare | AST.TOMLQuoted): string {
  return segment.type === 'TOMLBare' ? segment.name : segment.value;
}

function scalar(node: AST.TOMLValue, path: TomlPath, span: Span): TomlScalar {
  if (node.kind === 'string') {
    const stringStyle = node.multiline ? (node.style === 'basic' ? 'multiline-basic' : 'multiline-literal') : node.style;
    return { kind: 'scalar', path, span, type: 'string', value: node.value, stringStyle };
  }
  if (node.kind === 'integer' || node.kind === 'float') return { kind: 'scalar', path, span, type: node.kind, value: node.value, literal: node.number };
  const type: ScalarType = node.kind === 'boolean' ? node.kind : 'datetime';
  return { kind: 'scalar', path, span, type, value: node.value };
}
