/**
 * Text → TOML document, read as the target's TOML reader reads it (a TomlDialect: QIIME 2 reads
 * its config with the tomlkit its release pins, TOML 1.0 before 0.15, TOML 1.1 from 0.15). The
 * parser is toml-eslint-parser in that TOML version; it gives every key, header and value its
 * source range. Around it: a pre-scan for nesting the reader refuses (src/document/prescan.ts),
 * piecewise decoding of the string literals the parser cannot decode as tomlkit does
 * (src/document/string-literals.ts), and for a TOML 1.0 reader, a second parse as TOML 1.1 so a
 * document that only uses TOML 1.1 forms is still read, with those forms listed.
 */
import { parseTOML, type AST } from 'toml-eslint-parser';
import { walk } from './ast-walk.js';
import { partitionPoint } from '../partition-point.js';
import { TOML_1_0, type TomlDialect } from './dialect.js';
import { prescan, type StringToken } from './prescan.js';
import type { Span } from './source.js';
import { decodeStringLiteral, LONG_STRING } from './string-literals.js';
import { findToml11Forms, type Toml11Form } from './toml11-syntax.js';
import type { ScalarType, TomlArray, TomlNode, TomlPath, TomlScalar, TomlTable } from './tree.js';

export type { Toml11Form } from './toml11-syntax.js';

export interface TomlComment {
  /** The comment's text after the `#`. */
  readonly text: string;
  readonly span: Span;
}

export interface TomlDocument {
  readonly root: TomlTable;
  readonly comments: readonly TomlComment[];
  /**
   * TOML 1.1-only forms in a document read for a TOML 1.0 reader, which refuses the file because
   * of them; empty otherwise. The document is then the one a TOML 1.1 reader sees.
   */
  readonly toml11Forms: readonly Toml11Form[];
}

export interface TomlSyntaxError {
  readonly message: string;
  readonly offset: number;
}

export type ParseResult = { ok: true; document: TomlDocument } | { ok: false; error: TomlSyntaxError };

/** Parses `text` as `dialect`'s reader would; without a dialect, as TOML 1.0 (tomlkit before 0.15). */
export function parseDocument(source: string, dialect: TomlDialect = TOML_1_0): ParseResult {
  // QIIME 2 opens the file in Python's text mode (`open(config_fp, 'r')`, qiime2/sdk/parallel_config.py),
  // whose universal newlines turn CRLF and a lone CR into LF before tomlkit sees the text. A lone
  // CR becomes LF here too (same length, so every offset stays right); toml-eslint-parser already
  // reads CRLF as LF, in multi-line strings as well.
  const text = source.replace(/\r(?!\n)/g, '\n');

  const scan = prescan(text, dialect.depth, LONG_STRING);
  if (scan.tooDeep) return { ok: false, error: scan.tooDeep };

  let parsed = parseProgram(text, scan.piecewise, dialect.tomlVersion);
  let toml11Forms: Toml11Form[] = [];
  if (!parsed.ok && dialect.tomlVersion === '1.0.0') {
    const lenient = parseProgram(text, scan.piecewise, '1.1.0');
    if (lenient.ok) {
      toml11Forms = findToml11Forms(lenient.program, text);
      // Should a TOML 1.1 form escape the list, the TOML 1.0 parser's complaint stands for it.
      if (toml11Forms.length === 0) {
        const at = parsed.error.offset;
        toml11Forms = [
          { what: `what TOML 1.0 refuses here (${parsed.error.message})`, span: { start: at, end: Math.min(at + 1, text.length) }, advice: 'write it as TOML 1.0 allows' },
        ];
      }
      parsed = lenient;
    }
  }
  if (!parsed.ok) return parsed;
  const comments = parsed.program.comments.map((comment) => ({ text: comment.value, span: toSpan(comment.range) }));
  return { ok: true, document: { root: new TreeBuilder(text).build(parsed.program), comments, toml11Forms } };
}

type ProgramResult = { ok: true; program: AST.TOMLProgram } | { ok: false; error: TomlSyntaxError };

/**
 * Parses with toml-eslint-parser, each literal in `piecewise` replaced by a short placeholder and
 * decoded on its own; then puts the real offsets and values back into the tree.
 */
function parseProgram(text: string, piecewise: readonly StringToken[], tomlVersion: '1.0.0' | '1.1.0'): ProgramResult {
  const values = new Map<number, string>();
  const placeholders = new Map<string, string>();
  const regions: Region[] = [];
  let shrunk = '';
  let copied = 0;
  let stringError: TomlSyntaxError | undefined;
  for (const token of piecewise) {
    const decoded = decodeStringLiteral(text, token, tomlVersion);
    if (decoded.ok) values.set(token.start, decoded.value);
    else stringError ??= { message: decoded.message, offset: decoded.offset };
    // Equal values get equal placeholders, so two equal long keys are still a duplicate.
    const key = decoded.ok ? decoded.value : `error ${token.start}`;
    let placeholder = placeholders.get(key);
    if (placeholder === undefined) placeholders.set(key, (placeholder = `\uE000${placeholders.size}`));
    shrunk += text.slice(copied, token.bodyStart);
    regions.push({ shrunkStart: shrunk.length, shrunkEnd: shrunk.length + placeholder.length, start: token.bodyStart, end: token.bodyEnd });
    shrunk += placeholder;
    copied = token.bodyEnd;
  }
  shrunk += text.slice(copied);
  const original = offsetMap(regions);

  let program: AST.TOMLProgram;
  try {
    // A byte order mark is kept in the text (a rule reports it); the parser sees a blank of the
    // same length, so every offset stays right.
    program = parseTOML(shrunk.replace(/^\uFEFF/, ' '), { tomlVersion });
  } catch (error) {
    if (error instanceof SyntaxError && typeof (error as { index?: unknown }).index === 'number') {
      const offset = original((error as unknown as { index: number }).index);
      if (stringError && stringError.offset < offset) return { ok: false, error: stringError };
      return { ok: false, error: { message: error.message, offset } };
    }
    // Nesting was bounded by the pre-scan: anything else is a limit of this parser, not of the file.
    if (error instanceof RangeError) {
      return { ok: false, error: { message: `parsl-lint's TOML parser failed on this file (${error.name}: ${error.message}), a limit of parsl-lint, not necessarily of tomlkit`, offset: 0 } };
    }
    throw error;
  }
  if (stringError) return { ok: false, error: stringError };
  if (regions.length > 0) restore(program, original, values);
  return { ok: true, program };
}

/** A literal's body: where it is in the text and where its placeholder is in the parsed text. */
interface Region {
  readonly shrunkStart: number;
  readonly shrunkEnd: number;
  readonly start: number;
  readonly end: number;
}

/** Offset in the parsed text → offset in the real text. */
function offsetMap(regions: readonly Region[]): (offset: number) => number {
  return (offset) => {
    const region = regions[partitionPoint(regions.length, (index) => regions[index]!.shrunkStart <= offset) - 1];
    if (!region) return offset;
    if (offset < region.shrunkEnd) return region.start;
    return offset - region.shrunkEnd + region.end;
  };
}

/** Real offsets on every node, token and comment, and the real values of the decoded literals. */
function restore(program: AST.TOMLProgram, original: (offset: number) => number, values: ReadonlyMap<number, string>): void {
  const located = new Set<{ range: [number, number] }>([...program.tokens, ...program.comments]);
  walk(program, (node) => located.add(node));
  for (const item of located) item.range = [original(item.range[0]), original(item.range[1])];
  walk(program, (node) => {
    const value = values.get(node.range[0]);
    if (value === undefined) return;
    if ((node.type === 'TOMLValue' && node.kind === 'string') || node.type === 'TOMLQuoted') (node as { value: string }).value = value;
  });
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
