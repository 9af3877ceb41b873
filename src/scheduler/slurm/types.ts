/**
 * The shapes of sbatch's reading of a batch script: lines, arguments, directives and what sbatch
 * says about them. The scan (directives.ts) and its steps (lines.ts, tokenize.ts, getopt.ts) share
 * them; the scan re-exports them for its users.
 */
import type { Span } from '../../document/source.js';
import type { ScannedLine } from '../directive-scan.js';
import type { RetiredSbatchOption, SbatchOption, SlurmRelease } from './options.js';

export type DirectiveMarker = '#SBATCH' | '#SLURM';

/**
 * A line as sbatch sees it: a `directive` is `#SBATCH` or `#SLURM` at column 0 before the header
 * ends; the first `command` ends the header; the shebang is a `comment`.
 */
export interface SlurmScannedLine extends ScannedLine {
  readonly marker?: DirectiveMarker;
  /** The heterogeneous-job component a directive line belongs to (slurm.md A1.3). */
  readonly component?: number;
}

/** A piece of the text after sbatch's quote and backslash removal. */
export interface SourcedText {
  readonly text: string;
  /**
   * For a token, the raw characters it was read from, quotes included. For a value or a name, from
   * its first character to its last, so quotes around the whole value fall outside.
   */
  readonly span: Span;
  /** offsets[i] is the index in the scanned text of text[i]. */
  readonly offsets: readonly number[];
  /** 0-based line index. */
  readonly line: number;
}

/**
 * `long` is an exact `--name`, `abbreviated` a unique prefix getopt_long completed (`--part`),
 * `short` a letter (`-p`, or the `t` of `-Qt`).
 */
export type DirectiveForm = 'long' | 'abbreviated' | 'short';

export interface Directive {
  readonly option: SbatchOption;
  /** The option as written: `--part`, `--partition`, `-p`. */
  readonly written: string;
  /** The option name as written: `--part` in `--part=x`, `-p` in `-px`, `t` in `-Qt`. */
  readonly nameSpan: Span;
  readonly form: DirectiveForm;
  /** Absent for a flag, and for an optional argument not attached with `=`. */
  readonly value?: SourcedText;
  /** The value is the next argument (`--time 10`, `-t 10`), possibly on a later line. */
  readonly valueIsNextArgument: boolean;
  /** From the option name to the end of the raw argument holding its value (closing quote included). */
  readonly span: Span;
  /** 0-based line of the option. */
  readonly line: number;
  readonly component: number;
}

export type DirectiveProblemKind =
  | 'dos-line-break'
  | 'nul-character'
  | 'slurm-marker'
  | 'lookalike-directive'
  | 'after-header-end'
  | 'translated-directive'
  | 'unmatched-quote'
  | 'unexpected-colon'
  | 'hetjob-separator'
  | 'separator-ends-line'
  | 'empty-argument-ends-line'
  | 'hash-ends-line'
  | 'second-directive'
  | 'escaped-space-splits'
  | 'stray-argument'
  | 'ambiguous-option'
  | 'unknown-option'
  | 'unknown-short-option'
  | 'missing-argument'
  | 'unexpected-argument'
  | 'abbreviated-option'
  | 'value-on-next-line'
  | 'command-line-only';

/**
 * What sbatch does about it:
 * - `rejected`: sbatch exits with an error and submits nothing;
 * - `ignored`: the text has no effect, silently;
 * - `warned`: sbatch prints a warning and goes on;
 * - `accepted`: sbatch takes it without a word, but it is fragile or probably not what was meant.
 */
export type ProblemConsequence = 'rejected' | 'ignored' | 'warned' | 'accepted';

export interface DirectiveProblem {
  readonly kind: DirectiveProblemKind;
  readonly consequence: ProblemConsequence;
  readonly span: Span;
  /** 0-based line index. */
  readonly line: number;
  readonly message: string;
  /**
   * sbatch's own stderr, where it prints something. For the two `fatal:` tokenising errors, sbatch
   * puts `<script>: line <n>: ` before the text given here.
   */
  readonly sbatchSays?: string;
  /** `ambiguous-option`: the options the prefix matches, in the order sbatch lists them. */
  readonly candidates?: readonly string[];
  /** `unknown-option`: the most likely intended options, best first. */
  readonly suggestions?: readonly string[];
  /** `unknown-option`: a spelling older Slurm accepted, with its replacement. */
  readonly retired?: RetiredSbatchOption;
}

export interface HeaderScan {
  readonly lines: readonly SlurmScannedLine[];
  /** Index of the line that ends the header (the first command), if any. */
  readonly headerEnd?: number;
  /** sbatch's argv, component by component, in order. */
  readonly tokens: readonly (SourcedText & { readonly component: number })[];
  readonly directives: readonly Directive[];
  readonly problems: readonly DirectiveProblem[];
}

export interface ScanOptions {
  /** Whose option table and tokeniser to use; default 22.05, the oracle's. */
  readonly release?: SlurmRelease;
}
