/**
 * A batch script (or submit description) as parsl writes it, line by line, with where each line
 * came from, so that a span of the script can be mapped back into the provider field it was
 * copied from. Scheduler-neutral: each scheduler's header.ts builds one from pieces.
 *
 * Same model as the Slurm renderer's (src/scheduler/slurm/header.ts, whose `RenderedLine` has
 * this shape with Slurm's field names).
 */
import type { Span } from '../document/source.js';

/**
 * - `template`: a fixed line of parsl's template;
 * - `scheduler_options` / `worker_init`: a line of the user's string;
 * - `appended`: a line parsl adds for a field (`#BSUB -q`, `RequestMemory = ...`).
 */
export type LineSource = 'template' | 'scheduler_options' | 'appended' | 'worker_init';

export interface ScriptPiece<Field extends string> {
  readonly text: string;
  readonly source: LineSource;
  /** The provider parameter the text comes from. */
  readonly field?: Field;
  /** Set when `text` is the field's string verbatim, from this offset. */
  readonly fieldOffset?: number;
}

export interface ScriptLine<Field extends string = string> {
  /** 0-based. */
  readonly index: number;
  readonly text: string;
  /** Offset of the line in the script. */
  readonly start: number;
  readonly source: LineSource;
  readonly field?: Field;
  /**
   * Where the field's own string shows in this line: the line's text from `column` on, for
   * `length` code units, is the field's string from `offset` on.
   */
  readonly fieldText?: { readonly column: number; readonly offset: number; readonly length: number };
}

export interface RenderedScript<Field extends string = string> {
  readonly text: string;
  readonly lines: readonly ScriptLine<Field>[];
}

/**
 * Values parsl takes from outside the provider. Only their spelling matters to the scheduler (a
 * label with a blank splits the job name); the defaults are placeholders without blanks.
 */
export interface ScriptContext {
  /** The executor's label; parsl names the job `parsl.<label>.block-<id>.<time.time()>`. */
  readonly executorLabel?: string;
  /** `<run_dir>/submit_scripts`, absolute. */
  readonly scriptDir?: string;
}

/**
 * `parsl.<label>.block-0`, the name BlockProviderExecutor gives block 0. Without a label, that of
 * the default HighThroughputExecutor: the model passes a label only when one is written.
 */
export function blockName(context: ScriptContext): string {
  return `parsl.${context.executorLabel ?? 'HighThroughputExecutor'}.block-0`;
}

/** The block name with `time.time()` appended, as most providers' `submit()` names the job. */
export function jobName(context: ScriptContext): string {
  return `${blockName(context)}.1700000000.0`;
}

export function scriptDir(context: ScriptContext): string {
  return context.scriptDir ?? '/path/to/runinfo/000/submit_scripts';
}

/** A piece of the template, optionally owned by the field whose value it shows. */
export function templatePiece<Field extends string>(text: string, field?: Field): ScriptPiece<Field> {
  return { text, source: 'template', ...(field && { field }) };
}

/** A user's string field, copied verbatim. */
export function fieldPiece<Field extends string>(source: 'scheduler_options' | 'worker_init', field: Field, text: string): ScriptPiece<Field> {
  return { text, source, field, fieldOffset: 0 };
}

/**
 * Joins the pieces and cuts them into lines. A line belongs to the piece its first character comes
 * from (for an empty line, the piece holding its newline). The text after the last newline, if
 * any, is a line too.
 */
export function assembleScript<Field extends string>(pieces: readonly ScriptPiece<Field>[]): RenderedScript<Field> {
  const placed: { piece: ScriptPiece<Field>; start: number; end: number }[] = [];
  let offset = 0;
  for (const piece of pieces) {
    placed.push({ piece, start: offset, end: offset + piece.text.length });
    offset += piece.text.length;
  }
  const text = pieces.map((piece) => piece.text).join('');
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lines: ScriptLine<Field>[] = [];
  // Lines and pieces both run forward through the text, so each search goes on from where the
  // last one stopped: linear in lines plus pieces, where a search from the first piece per line
  // was their product.
  let owner = 0;
  let firstReaching = 0;
  let start = 0;
  const bodyLines = body.split('\n');
  for (let index = 0; index < bodyLines.length; index++) {
    const lineText = bodyLines[index]!;
    const end = start + lineText.length;
    // The piece that holds the line's first character: pieces are contiguous, so the first one ending after it.
    while (placed[owner]!.end <= start) owner++;
    // Pieces holding a field's string verbatim always start a line or follow a prefix on it.
    while (placed[firstReaching]!.end < start) firstReaching++;
    let verbatim: (typeof placed)[number] | undefined;
    for (let at = firstReaching; at < placed.length && placed[at]!.start <= end && verbatim === undefined; at++) {
      if (placed[at]!.piece.fieldOffset !== undefined) verbatim = placed[at];
    }
    let fieldText: ScriptLine['fieldText'];
    if (verbatim !== undefined) {
      const from = Math.max(verbatim.start, start);
      const to = Math.min(verbatim.end, end);
      fieldText = { column: from - start, offset: verbatim.piece.fieldOffset! + (from - verbatim.start), length: to - from };
    }
    const { source, field } = placed[owner]!.piece;
    const line: { -readonly [Key in keyof ScriptLine<Field>]: ScriptLine<Field>[Key] } = { index, text: lineText, start, source };
    if (field) line.field = field;
    if (fieldText) line.fieldText = fieldText;
    lines.push(line);
    start = end + 1;
  }
  return { text, lines };
}

/** A span of the script expressed in one field's own string. */
export interface FieldSpan<Field extends string = string> {
  readonly field: Field;
  readonly start: number;
  readonly end: number;
}

/**
 * Maps a span of the script back into the string of the field it was written from. Undefined
 * when the span is not inside one line's copy of a field string (a template line, a span across
 * lines).
 */
export function locateInField<Field extends string>(script: { readonly lines: readonly ScriptLine<Field>[] }, span: Span): FieldSpan<Field> | undefined {
  const line = script.lines.find((candidate) => candidate.start <= span.start && span.start <= candidate.start + candidate.text.length);
  if (line?.fieldText === undefined || line.field === undefined) return undefined;
  const from = line.start + line.fieldText.column;
  if (span.start < from || span.end > from + line.fieldText.length) return undefined;
  return { field: line.field, start: line.fieldText.offset + (span.start - from), end: line.fieldText.offset + (span.end - from) };
}

/** str() of a Python int; no exponent notation for big ones. */
export function pythonInt(value: number): string {
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/** Whether a line was written by the user (in `scheduler_options` or `worker_init`) rather than by parsl. */
export function isUserLine(line: ScriptLine): boolean {
  return line.source === 'scheduler_options' || line.source === 'worker_init';
}
