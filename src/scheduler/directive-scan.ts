/**
 * What the PBS, LSF and Grid Engine scanners report about a batch script, in one shape, so that
 * the rules about ignored directives and overridden options need not know the scheduler, and the
 * line reading all five scanners share (Slurm's adds its own findings: slurm/directives.ts).
 * Positions are offsets in the scanned script; line numbers are 0-based.
 */
import type { Span } from '../document/source.js';

/**
 * - `directive`: a line the scheduler reads options from (or the continuation of one);
 * - `ignored-directive`: a directive line after the header has ended, which is skipped;
 * - `command`: a line whose first non-blank character is not `#`;
 * - `comment`: any other line starting, after blanks, with `#`;
 * - `blank`: whitespace only.
 */
export type LineKind = 'directive' | 'ignored-directive' | 'command' | 'comment' | 'blank';

export interface ScannedLine {
  readonly index: number;
  /** The line without its `\n`. */
  readonly span: Span;
  readonly kind: LineKind;
}

/**
 * - `lookalike-directive`: a comment that was probably meant as a directive (`# PBS -l ...`,
 *   `#bsub -n 4`, an indented `#$`);
 * - `after-header-end`: a directive after the line that ended the header;
 * - `missing-prefix`: an option line without the directive prefix, which the shell runs as a
 *   command.
 */
export type DirectiveIssueKind = 'lookalike-directive' | 'after-header-end' | 'missing-prefix';

export interface DirectiveIssue {
  readonly kind: DirectiveIssueKind;
  readonly span: Span;
  readonly line: number;
  readonly message: string;
  /** An edit of the script that makes the line the directive it was meant to be. */
  readonly repair?: { readonly span: Span; readonly text: string; readonly description: string };
}

export interface DirectiveScan {
  readonly lines: readonly ScannedLine[];
  /** Index of the line that ended the header, for schedulers that stop reading there. */
  readonly headerEnd?: number;
  readonly issues: readonly DirectiveIssue[];
}

export interface TextLine {
  readonly index: number;
  readonly text: string;
  readonly span: Span;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const [index, lineText] of text.split('\n').entries()) {
    lines.push({ index, text: lineText, span: { start, end: start + lineText.length } });
    start += lineText.length + 1;
  }
  return lines;
}

/** C's isspace() in the "C" locale; false past the end of the text. */
export function isCSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\v' || char === '\f' || char === '\r';
}

/** What a shell-script line is by its first non-blank character. */
export function commentOrCommand(line: string): 'command' | 'comment' | 'blank' {
  for (const char of line) {
    if (isCSpace(char)) continue;
    return char === '#' ? 'comment' : 'command';
  }
  return 'blank';
}

export function leadingBlanks(line: string): number {
  let count = 0;
  while (count < line.length && isCSpace(line[count]!)) count++;
  return count;
}

/**
 * A line holding only a short option of qsub or bsub (`-l walltime=1:00:00`, `-n 4`), i.e. a
 * directive whose prefix was left out. A long option (`--mem=8G`) is not one: these commands have
 * none, so such a line was copied from a Slurm example.
 */
export function isBareShortOption(line: string): boolean {
  return /^[ \t]*-[A-Za-z]/.test(line);
}

/** The issue for a bare option line, with the repair that adds `prefix`. */
export function missingPrefix(line: TextLine, prefix: string, consequence: string): DirectiveIssue {
  const indent = leadingBlanks(line.text);
  const at = line.span.start + indent;
  return {
    kind: 'missing-prefix',
    span: { start: at, end: line.span.end },
    line: line.index,
    message: `this line has no "${prefix}" prefix, so it is not a directive: ${consequence}`,
    repair: { span: { start: line.span.start, end: at }, text: `${prefix} `, description: `start the line with "${prefix} "` },
  };
}

