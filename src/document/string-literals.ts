/**
 * String literals too long for toml-eslint-parser, decoded here in pieces: the parser builds each
 * string with `String.fromCodePoint(...codePoints)`, which overflows the stack for a body of
 * about 120,000 characters or more (a RangeError the parser reported as deep nesting before).
 *
 * Such a literal is cut into pieces the parser can take, at points where no escape sequence or
 * quote run is split; each piece is parsed alone as `v = "<piece>"` (multi-line:
 * `v = """\n<piece>"""`) in the target's TOML version, so it is checked exactly as a whole
 * literal would be, and the values are joined.
 */
import { parseTOML } from 'toml-eslint-parser';
import type { StringToken } from './prescan.js';

/** Longer bodies are decoded in pieces: far below the ~120,000 code points the parser overflows at. */
export const LONG_STRING = 50_000;
const PIECE = 20_000;

export type Decoded = { ok: true; value: string } | { ok: false; message: string; offset: number };

export function decodeStringLiteral(text: string, token: StringToken, tomlVersion: '1.0.0' | '1.1.0'): Decoded {
  const multiline = token.kind.startsWith('multiline');
  const basic = token.kind === 'basic' || token.kind === 'multiline-basic';
  const quote = basic ? '"' : "'";
  const delimiter = multiline ? quote.repeat(3) : quote;
  const body = text.slice(token.bodyStart, token.bodyEnd);

  const pieces: { start: number; end: number }[] = [];
  // A multi-line body's first newline is trimmed by the reader; each piece gets a newline of its own to trim.
  let i = multiline ? (body.startsWith('\r\n') ? 2 : body.startsWith('\n') ? 1 : 0) : 0;
  let pieceStart = i;
  const cut = (at: number): void => {
    pieces.push({ start: pieceStart, end: at });
    pieceStart = at;
  };
  while (i < body.length) {
    const c = body[i]!;
    if (i - pieceStart >= PIECE && c !== quote && body[i - 1] !== quote && body[i - 1] !== '\r') cut(i);
    if (c === '\\' && basic) {
      const next = body[i + 1];
      if (multiline && (next === ' ' || next === '\t' || next === '\r' || next === '\n')) {
        // A line-ending backslash swallows the whitespace and newlines after it: one unit.
        i++;
        while (i < body.length && ' \t\r\n'.includes(body[i]!)) i++;
      } else i += next === 'u' ? 6 : next === 'U' ? 10 : next === 'x' ? 4 : 2;
      continue;
    }
    i++;
  }
  pieces.push({ start: pieceStart, end: body.length });

  let value = '';
  for (const piece of pieces) {
    const head = `v = ${delimiter}${multiline ? '\n' : ''}`;
    try {
      const program = parseTOML(`${head}${body.slice(piece.start, piece.end)}${delimiter}\n`, { tomlVersion });
      const node = program.body[0].body[0];
      if (node?.type !== 'TOMLKeyValue' || node.value.type !== 'TOMLValue' || node.value.kind !== 'string') throw new Error('not a string');
      value += node.value.value;
    } catch (error) {
      const at = typeof (error as { index?: unknown }).index === 'number' ? (error as { index: number }).index : head.length;
      const offset = token.bodyStart + piece.start + Math.max(0, Math.min(at - head.length, piece.end - piece.start));
      return { ok: false, message: error instanceof Error ? error.message : String(error), offset };
    }
  }
  return { ok: true, value };
}
