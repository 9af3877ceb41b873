/**
 * Where each character of a TOML string's value was written in the source.
 *
 * Rules that look inside a string (a `#SBATCH` line in `scheduler_options`, a command in
 * `worker_init`) report a range of the value; this maps it back through quotes, escapes and
 * line-ending backslashes to the exact columns in the file.
 */
import type { Span } from './source.js';
import type { TomlScalar } from './tree.js';

export interface StringLocator {
  /** Source span of the value's characters [start, end). */
  spanOf(start: number, end: number): Span;
}

/**
 * locateString for every string of one source, each string's offset map built once: a rule
 * that reports N ranges inside one string (N `#SBATCH` lines) would otherwise rebuild it N times.
 */
export function stringLocator(source: string): (node: TomlScalar & { value: string }) => StringLocator {
  const located = new WeakMap<TomlScalar, StringLocator>();
  return (node) => {
    let locator = located.get(node);
    if (!locator) {
      locator = locateString(source, node);
      located.set(node, locator);
    }
    return locator;
  };
}

export function locateString(source: string, node: TomlScalar & { value: string }): StringLocator {
  const offsets = contentOffsets(source, node);
  const escapes = hasEscapes(node);
  return {
    spanOf(start, end) {
      const from = offsets[Math.max(0, Math.min(start, offsets.length - 1))]!;
      // The end is just past the last character, not the position of the next one, which may
      // be far away after an escape or a line-ending backslash.
      const last = end > start ? offsets[Math.min(end, offsets.length - 1) - 1]! : from;
      return { start: from, end: end > start ? last + (escapes ? escapedLengthAt(source, last) : 1) : from };
    },
  };
}

/** offsets[i] is the source offset of value[i]; offsets[value.length] is the closing delimiter. */
function contentOffsets(source: string, node: TomlScalar & { value: string }): number[] {
  const multiline = node.stringStyle?.startsWith('multiline') ?? false;
  const escapes = hasEscapes(node);
  let raw = node.span.start + (multiline ? 3 : 1);
  if (multiline) {
    // A newline right after the opening delimiter is not part of the value.
    if (source.startsWith('\r\n', raw)) raw += 2;
    else if (source[raw] === '\n') raw += 1;
  }
  const value = node.value;
  const offsets: number[] = [];
  let v = 0;
  while (v < value.length && raw < node.span.end) {
    const char = source[raw];
    if (escapes && char === '\\') {
      const next = source[raw + 1];
      if (next === 'u' || next === 'U') {
        const width = next === 'u' ? 4 : 8;
        const codePoint = parseInt(source.slice(raw + 2, raw + 2 + width), 16);
        const units = codePoint > 0xffff ? 2 : 1;
        for (let k = 0; k < units; k++) offsets[v++] = raw;
        raw += 2 + width;
        continue;
      }
      if (next === ' ' || next === '\t' || next === '\r' || next === '\n') {
        // Line-ending backslash: it and all whitespace up to the next visible character vanish.
        raw++;
        while (raw < node.span.end && /[ \t\r\n]/.test(source[raw]!)) raw++;
        continue;
      }
      offsets[v++] = raw;
      raw += 2;
      continue;
    }
    if (char === '\r' && value[v] === '\n') raw++; // CRLF read as LF
    offsets[v++] = raw;
    raw++;
  }
  while (offsets.length <= value.length) offsets.push(Math.max(raw, node.span.start));
  return offsets;
}

function hasEscapes(node: TomlScalar): boolean {
  return node.stringStyle === 'basic' || node.stringStyle === 'multiline-basic';
}

/** How many source code units the character written at `offset` occupies (an escape is several). */
function escapedLengthAt(source: string, offset: number): number {
  if (source[offset] !== '\\') return 1;
  const next = source[offset + 1];
  if (next === 'u') return 6;
  if (next === 'U') return 10;
  return 2;
}
