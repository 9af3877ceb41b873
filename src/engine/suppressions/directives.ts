/**
 * Suppression comments, in ESLint's words so that users need not learn new ones:
 *
 *   key = 1  # parsl-lint-disable-line RULE      this line, and every line of a key/value that
 *                                                ends or starts on it
 *   # parsl-lint-disable-next-line RULE, RULE    the next line, and every line of the key/value
 *                                                that starts on it (a multi-line string, an array)
 *   # parsl-lint-disable RULE                    at the top of the file, before the first key or
 *                                                header: the whole file; right above a later
 *                                                [header] (no blank line between): that table,
 *                                                up to the next header
 *
 * A rule list is required. What follows ` -- ` is the reason, kept in the JSON output.
 */
import type { TomlDocument } from '../../document/parse.js';
import type { SourceText, Span } from '../../document/source.js';
import { entrySpan, type TomlTable } from '../../document/tree.js';

export type DirectiveKind = 'disable' | 'disable-line' | 'disable-next-line';
export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable', 'disable-line', 'disable-next-line'];
export const DIRECTIVE_PREFIX = 'parsl-lint-';

export interface DirectiveRule {
  readonly name: string;
  readonly span: Span;
}

/** Lines are 1-based and inclusive; `table` runs from a header to the next one. */
export type DirectiveScope =
  | { readonly kind: 'lines'; readonly first: number; readonly last: number }
  | { readonly kind: 'table'; readonly span: Span }
  | { readonly kind: 'file' };

export interface Directive {
  /** What was written after `#`: `parsl-lint-disable-next-line`, or a misspelling of a directive. */
  readonly word: string;
  /** undefined when `word` is not a directive. */
  readonly kind: DirectiveKind | undefined;
  /** The whole comment, `#` included. */
  readonly span: Span;
  readonly line: number;
  readonly rules: readonly DirectiveRule[];
  readonly reason: string | undefined;
  /** undefined when it applies nowhere: a misspelt word, or a `disable` in neither of its places. */
  readonly scope: DirectiveScope | undefined;
}

const DIRECTIVE = /^(\s*)(parsl-lint-\S*)(.*)$/s;
const REASON = /\s-{2,}(?:\s|$)/;

export function readDirectives(document: TomlDocument, source: SourceText): Directive[] {
  // Laid out only for a file that has a directive: most have none.
  let layout: Layout | undefined;
  const directives: Directive[] = [];
  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const [, indent, word, rest] = match as unknown as [string, string, string, string];
    const separator = REASON.exec(rest);
    const list = separator ? rest.slice(0, separator.index) : rest;
    const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
    const listStart = comment.span.start + 1 + indent.length + word.length;
    const kind = DIRECTIVE_KINDS.find((candidate) => DIRECTIVE_PREFIX + candidate === word);
    const line = source.positionAt(comment.span.start).line;
    directives.push({
      word,
      kind,
      span: comment.span,
      line,
      rules: ruleNames(list, listStart),
      reason: reason === '' ? undefined : reason,
      scope: kind && scopeOf(kind, comment.span, line, source, (layout ??= documentLayout(document.root, source))),
    });
  }
  return directives;
}

/** `a, b` → each name with its span; empty names (`a,,b`) are dropped. */
function ruleNames(list: string, start: number): DirectiveRule[] {
  const rules: DirectiveRule[] = [];
  let offset = start;
  for (const part of list.split(',')) {
    const name = part.trim();
    const nameStart = offset + part.indexOf(name);
    if (name !== '') rules.push({ name, span: { start: nameStart, end: nameStart + name.length } });
    offset += part.length + 1;
  }
  return rules;
}

interface Layout {
  /** Start offsets of every `[header]` and `[[header]]`, in order. */
  readonly headers: readonly number[];
  /** Start offsets of every key, header segments included, in order. */
  readonly keys: readonly number[];
  /** The lines of every `key = value`, from its key to the end of its value. */
  readonly keyValues: readonly { readonly first: number; readonly last: number }[];
}

function scopeOf(kind: DirectiveKind, comment: Span, line: number, source: SourceText, layout: Layout): DirectiveScope | undefined {
  if (kind === 'disable-line') return linesOf(layout, line, (entry) => entry.first === line || entry.last === line);
  if (kind === 'disable-next-line') return linesOf(layout, line + 1, (entry) => entry.first === line + 1);
  if (source.lineText(line).trimStart()[0] !== '#') return undefined; // a `disable` has a line of its own
  const firstStatement = Math.min(layout.headers[0] ?? Infinity, layout.keys[0] ?? Infinity);
  if (comment.end < firstStatement) return { kind: 'file' };
  const header = layout.headers.find((start) => start > comment.end);
  const nextKey = layout.keys.find((start) => start > comment.end) ?? Infinity;
  const between = header === undefined ? '' : source.text.slice(comment.end, header);
  if (header === undefined || nextKey < header || /\n[ \t]*\r?\n/.test(between)) return undefined;
  const end = layout.headers.find((start) => start > header) ?? source.text.length;
  return { kind: 'table', span: { start: header, end } };
}

/** `line`, widened to every line of the key/values that `touches` picks. */
function linesOf(layout: Layout, line: number, touches: (entry: Layout['keyValues'][number]) => boolean): DirectiveScope {
  const entries = layout.keyValues.filter(touches);
  return { kind: 'lines', first: Math.min(line, ...entries.map((entry) => entry.first)), last: Math.max(line, ...entries.map((entry) => entry.last)) };
}

function documentLayout(root: TomlTable, source: SourceText): Layout {
  const headers: number[] = [];
  const keys: number[] = [];
  const keyValues: { first: number; last: number }[] = [];
  const visit = (table: TomlTable) => {
    for (const entry of table.entries.values()) {
      keys.push(entry.keySpan.start);
      const value = entry.value;
      const tables = value.kind === 'table' ? [value] : value.kind === 'array' ? value.items : [];
      const isKeyValue = value.kind === 'scalar' || (value.kind === 'array' && !value.ofTables) || (value.kind === 'table' && value.origin === 'inline');
      if (isKeyValue) {
        const span = entrySpan(entry);
        keyValues.push({ first: source.positionAt(span.start).line, last: source.positionAt(span.end).line });
      }
      for (const child of tables) {
        if (child.kind !== 'table') continue;
        if (child.origin === 'header' || child.origin === 'array-header') headers.push(child.span.start);
        visit(child);
      }
    }
  };
  visit(root);
  return { headers: headers.sort((a, b) => a - b), keys: keys.sort((a, b) => a - b), keyValues };
}
