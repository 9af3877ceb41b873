/**
 * The TOML 1.1-only forms in a document parsed as TOML 1.1, for a reader of TOML 1.0 (QIIME 2
 * before 2026.7). TOML 1.1.0 (https://github.com/toml-lang/toml/blob/1.1.0/CHANGELOG.md) adds:
 * newlines and a trailing comma in inline tables, the `\e` and `\xHH` escapes, times without
 * seconds, and control characters in comments. Each is found with its span and, where the same
 * value can be written in TOML 1.0, that spelling.
 */
import type { AST } from 'toml-eslint-parser';
import { walk } from './ast-walk.js';
import { partitionPoint } from '../partition-point.js';
import type { Span } from './source.js';

export interface Toml11Form {
  /** What the form is, as a noun phrase: "a multi-line inline table". */
  readonly what: string;
  readonly span: Span;
  /** What to write instead, as an instruction: "write \u001b instead, the same character". */
  readonly advice: string;
  /** The same value in TOML 1.0, where it can be written in place; the text replaces `span`. */
  readonly replacement?: string;
}

/** @internal toml-eslint-parser's AST is not part of the package's public types. */
export function findToml11Forms(program: AST.TOMLProgram, text: string): Toml11Form[] {
  const forms: Toml11Form[] = [];
  const tokens = [...program.tokens, ...program.comments].sort((a, b) => a.range[0] - b.range[0]);
  let multilineUntil = -1;
  walk(program, (node) => {
    if (node.type === 'TOMLInlineTable') {
      const inside = tokensWithin(tokens, node.range);
      const close = inside.at(-1);
      const beforeClose = inside.at(-2);
      if (beforeClose?.type === 'Punctuator' && beforeClose.value === ',' && close?.value === '}') {
        forms.push({ what: 'a comma after the last entry of an inline table', span: toSpan(beforeClose.range), advice: 'remove the comma', replacement: '' });
      }
      const spansLines = inside.some((token, i) => i > 0 && text.slice(inside[i - 1]!.range[1], token.range[0]).includes('\n'));
      if (spansLines && node.range[0] > multilineUntil) {
        multilineUntil = node.range[1];
        forms.push({
          what: 'a multi-line inline table',
          span: toSpan(node.range),
          advice: `write the table as ${sectionFor(node)} or on one line`,
        });
      }
    } else if (node.type === 'TOMLValue' && node.kind === 'string' && node.style === 'basic') {
      forms.push(...escapes(text, node.range));
    } else if (node.type === 'TOMLQuoted' && node.style === 'basic') {
      forms.push(...escapes(text, node.range));
    } else if (node.type === 'TOMLValue' && (node.kind === 'offset-date-time' || node.kind === 'local-date-time' || node.kind === 'local-time')) {
      const raw = text.slice(node.range[0], node.range[1]);
      const time = /^(\d{2}):(\d{2})(?!:)/.exec(node.kind === 'local-time' ? raw : raw.slice(11));
      if (time) {
        const end = node.range[0] + (node.kind === 'local-time' ? 0 : 11) + time.index + time[0].length;
        forms.push({ what: 'a time without seconds', span: { start: end, end }, advice: 'add the seconds (:00), the same time', replacement: ':00' });
      }
    }
  });
  for (const comment of program.comments) {
    const control = /[\u0000-\u0008\u000b-\u001f\u007f]/.exec(comment.value);
    if (control) {
      const at = comment.range[0] + 1 + control.index;
      forms.push({ what: 'a control character in a comment', span: { start: at, end: at + 1 }, advice: 'remove the character', replacement: '' });
    }
  }
  return forms.sort((a, b) => a.span.start - b.span.start);
}

/** `\e` and `\xHH` in a basic string (single- or multi-line), with their `\uXXXX` spelling. */
function escapes(text: string, range: readonly [number, number]): Toml11Form[] {
  const forms: Toml11Form[] = [];
  const raw = text.slice(range[0], range[1]);
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') continue;
    const next = raw[i + 1];
    const start = range[0] + i;
    if (next === 'e') forms.push({ what: 'the escape \\e', span: { start, end: start + 2 }, advice: 'write \\u001b instead, the same character', replacement: '\\u001b' });
    else if (next === 'x') {
      const hex = raw.slice(i + 2, i + 4);
      forms.push({ what: `the escape \\x${hex}`, span: { start, end: start + 4 }, advice: `write \\u00${hex} instead, the same character`, replacement: `\\u00${hex}` });
    }
    i++; // the escaped character, so `\\e` is a backslash and an `e`
  }
  return forms;
}

/** The tokens (and comments) from a node's first to its last, found by binary search. */
function tokensWithin(tokens: readonly AST.Token[] | readonly (AST.Token | AST.Comment)[], range: readonly [number, number]): (AST.Token | AST.Comment)[] {
  const first = partitionPoint(tokens.length, (index) => tokens[index]!.range[0] < range[0]);
  const inside: (AST.Token | AST.Comment)[] = [];
  for (let i = first; i < tokens.length && tokens[i]!.range[1] <= range[1]; i++) inside.push(tokens[i]!);
  return inside;
}

/**
 * The [section] header that holds the same table as an inline table written as a key's value:
 * `[parsl.executors.provider]` for `provider = { ... }` under `[[parsl.executors]]`.
 */
function sectionFor(node: AST.TOMLInlineTable): string {
  const keyValue = node.parent;
  if (keyValue.type !== 'TOMLKeyValue') return 'a [section]';
  const owner = keyValue.parent;
  const prefix = owner.type === 'TOMLTable' ? owner.key.keys.map(keyText) : owner.type === 'TOMLTopLevelTable' ? [] : undefined;
  if (!prefix) return 'a [section]';
  return `[${[...prefix, ...keyValue.key.keys.map(keyText)].join('.')}]`;
}

function keyText(key: AST.TOMLBare | AST.TOMLQuoted): string {
  return key.type === 'TOMLBare' ? key.name : JSON.stringify(key.value);
}

function toSpan(range: readonly [number, number]): Span {
  return { start: range[0], end: range[1] };
}
