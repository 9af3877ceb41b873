/**
 * The text of one linted file and the arithmetic between offsets and positions.
 *
 * Offsets are indices into the decoded JavaScript string, so they count UTF-16 code units; so do
 * columns. Lines and columns are 1-based, as every editor and CI annotation expects.
 */
import { partitionPoint } from '../partition-point.js';

export interface Span {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10 /* \n */) this.lineStarts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The last line starting at or before the offset (the first starts at 0).
    const lineIndex = partitionPoint(this.lineStarts.length, (index) => this.lineStarts[index]! <= clamped) - 1;
    // Editors do not show a byte order mark, so columns on the first line start after it.
    const hidden = lineIndex === 0 && this.hasBom && clamped > 0 ? 1 : 0;
    return { line: lineIndex + 1, column: clamped - this.lineStarts[lineIndex]! + 1 - hidden };
  }

  /** The text starts with a byte order mark (U+FEFF), kept in `text` so that edits can remove it. */
  get hasBom(): boolean {
    return this.text.charCodeAt(0) === 0xfeff;
  }

  /** The text of a 1-based line, without its line break (nor, on the first line, a byte order mark). */
  lineText(line: number): string {
    if (this.lineStarts[line - 1] === undefined) return '';
    const start = this.lineStarts[line - 1]! + (line === 1 && this.hasBom ? 1 : 0);
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    const raw = this.text.slice(start, end);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}

export type DecodeResult = { ok: true; text: string } | { ok: false; offset: number; message: string };

/** `ignoreBOM`: keep a byte order mark in the text, where a rule reports it and a fix removes it. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode a file's bytes as TOML requires: strict UTF-8. On invalid UTF-8 the offset is that of
 * the text decoded before the first bad byte.
 */
export function decodeToml(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, bad));
    return { ok: false, offset: before.length, message: `invalid UTF-8 byte sequence at byte ${bad}` };
  }
}

/** Index of the first byte that does not begin (or continue) a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (size === 0 || i + size > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(i, i + size));
    return size;
  } catch {
    return 0;
  }
}
