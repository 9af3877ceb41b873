/**
 * One linear pass over the text before the parser runs, for two things the parser cannot be
 * trusted with:
 * - nesting too deep for the target's reader (keys with too many dotted fragments, values nested
 *   too deep): found here in one pass, before the parser recurses into it or the tree builder
 *   copies a 40,000-segment path 40,000 times;
 * - string literals too long for toml-eslint-parser, which builds each string with
 *   `String.fromCodePoint(...codePoints)` and overflows the stack past about 120,000 characters.
 *
 * It knows just enough TOML to tell keys from values and strings from the rest. On a document
 * that is not valid TOML it may see less than the parser; the parser then reports the error.
 */
import type { DepthLimits } from './dialect.js';

export type StringKind = 'basic' | 'literal' | 'multiline-basic' | 'multiline-literal';

export interface StringToken {
  readonly kind: StringKind;
  /** The whole literal, delimiters included. */
  readonly start: number;
  readonly end: number;
  /** Between the delimiters. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

export interface PrescanResult {
  /** The first place the reader would refuse as too deep, if any. */
  readonly tooDeep: { readonly message: string; readonly offset: number } | undefined;
  /** Literals with a body longer than `longString` UTF-16 units, for src/document/string-literals.ts. */
  readonly piecewise: readonly StringToken[];
}

const BARE_KEY = /[A-Za-z0-9_-]/;

export function prescan(text: string, depth: DepthLimits, longString: number): PrescanResult {
  const piecewise: StringToken[] = [];
  /** Open arrays (`[`) and inline tables (`{`) around the current position. */
  const stack: string[] = [];
  let arrays = 0;
  let inlineTables = 0;
  /** A key may start here: at the start of a top-level line, after `{`, or after `,` in an inline table. */
  let expectKey = true;
  let i = 0;

  const readString = (): StringToken | undefined => {
    const quote = text[i]!;
    const multiline = text.startsWith(quote.repeat(3), i);
    const kind: StringKind = quote === '"' ? (multiline ? 'multiline-basic' : 'basic') : multiline ? 'multiline-literal' : 'literal';
    const start = i;
    const bodyStart = i + (multiline ? 3 : 1);
    let j = bodyStart;
    while (j < text.length) {
      const c = text[j]!;
      if (c === '\\' && quote === '"') j += 2;
      else if (c === quote) {
        if (!multiline) return found({ kind, start, end: j + 1, bodyStart, bodyEnd: j });
        let run = 1;
        while (text[j + run] === quote) run++;
        // Up to two quotes right before the closing delimiter belong to the body.
        if (run >= 3) return found({ kind, start, end: j + run, bodyStart, bodyEnd: j + run - 3 });
        j += run;
      } else if (c === '\n' && !multiline) break;
      else j++;
    }
    i = text.length; // unterminated: the parser reports it
    return undefined;
  };
  const found = (token: StringToken): StringToken => {
    if (token.bodyEnd - token.bodyStart > longString) piecewise.push(token);
    i = token.end;
    return token;
  };
  const skipBlanks = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };

  /** A possibly dotted key at `i`; returns the offending `.` when it has too many fragments. */
  const readKey = (): number | undefined => {
    let fragments = 0;
    for (;;) {
      skipBlanks();
      const c = text[i];
      if (c === '"' || c === "'") {
        if (!readString()) return undefined;
      } else if (c !== undefined && BARE_KEY.test(c)) {
        while (i < text.length && BARE_KEY.test(text[i]!)) i++;
      } else return undefined;
      fragments++;
      skipBlanks();
      if (text[i] !== '.') return undefined;
      if (fragments + 1 > depth.keyFragments) return i;
      i++;
    }
  };

  const tooDeepValue = (): boolean => {
    if (depth.kind === 'parse-error') return stack.length > depth.valueNesting;
    return inlineTables > depth.inlineTables || arrays * depth.arrayFrames + inlineTables * depth.inlineTableFrames > depth.valueFrames;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      if (stack.length === 0) expectKey = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (expectKey && stack.length === 0 && c === '[') {
      // A [table] or [[array of tables]] header.
      i += text[i + 1] === '[' ? 2 : 1;
      const dot = readKey();
      if (dot !== undefined) return { tooDeep: keyTooDeep(dot, depth), piecewise };
      // The header's closing brackets are not the end of an array.
      skipBlanks();
      while (text[i] === ']') i++;
      expectKey = false;
      continue;
    }
    if (expectKey && (c === '"' || c === "'" || BARE_KEY.test(c))) {
      const dot = readKey();
      if (dot !== undefined) return { tooDeep: keyTooDeep(dot, depth), piecewise };
      expectKey = false;
      continue;
    }
    expectKey = false;
    if (c === '"' || c === "'") {
      readString();
    } else if (c === '[' || c === '{') {
      stack.push(c);
      if (c === '[') arrays++;
      else inlineTables++;
      if (tooDeepValue()) return { tooDeep: valueTooDeep(i, depth), piecewise };
      expectKey = c === '{';
      i++;
    } else if (c === ']' || c === '}') {
      const open = stack.pop();
      if (open === '[') arrays--;
      else if (open === '{') inlineTables--;
      i++;
    } else if (c === ',') {
      expectKey = stack.at(-1) === '{';
      i++;
    } else i++;
  }
  return { tooDeep: undefined, piecewise };
}

function keyTooDeep(offset: number, depth: DepthLimits): { message: string; offset: number } {
  return depth.kind === 'parse-error'
    ? { message: `a key with more than ${depth.keyFragments} dotted parts, more than tomlkit allows`, offset }
    : { message: `a key with more than about ${depth.keyFragments} dotted parts, deeper than Python's recursion limit lets tomlkit read`, offset };
}

function valueTooDeep(offset: number, depth: DepthLimits): { message: string; offset: number } {
  return depth.kind === 'parse-error'
    ? { message: `arrays and inline tables nested more than ${depth.valueNesting} levels deep, more than tomlkit allows`, offset }
    : {
        message: `arrays and inline tables nested more than about ${depth.valueFrames / depth.arrayFrames} arrays or ${depth.inlineTables} inline tables deep, deeper than Python's recursion limit lets tomlkit read`,
        offset,
      };
}
