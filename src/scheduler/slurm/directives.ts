/**
 * Reading a batch script's header the way sbatch does: which lines are directives, where the
 * header ends, how a directive line splits into arguments, and how getopt_long resolves them.
 *
 * The code follows `_opt_batch_script()`, `get_argument()` and `_set_options()` in
 * src/sbatch/opt.c of Slurm 22.05.8 and glibc's getopt_long (slurm.md A1). Every token, option
 * and value keeps its range in the scanned text (JS string indices), so a rule can point inside
 * the TOML string it came from. Beyond the cases cited below, 3000 random headers (options,
 * abbreviations, clusters, quotes, backslashes, `#`, `hetjob`, `--`, stray words, several lines)
 * got the same first error from this module as from sbatch 22.05.8, or none from both.
 *
 * Scan a user's `scheduler_options` or `worker_init` on its own only for line-local findings:
 * whether the header has ended, and a missing argument at the very end, depend on what parsl puts
 * around the text. `analyzeSlurmHeader()` in header.ts scans the whole rendered header instead.
 *
 * This file holds the shapes and the scan; the steps are in lines.ts (which lines are read),
 * tokenize.ts (get_argument()), getopt.ts (getopt_long) and option-names.ts.
 */
import type { Span } from '../../document/source.js';
import { commentOrCommand, splitLines, type ScannedLine } from '../directive-scan.js';
import { parseArguments } from './getopt.js';
import { afterHeaderEnd, directiveMarker, lookalike, looksLikeDirective, scriptSanityProblems, slurmMarker, translatedDirectives } from './lines.js';
import { ORACLE_SLURM_RELEASE, sbatchOptionsFor, type RetiredSbatchOption, type SbatchOption, type SlurmRelease } from './options.js';
import { tokenizeDirectiveLine } from './tokenize.js';

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

export function scanBatchHeader(text: string, options: ScanOptions = {}): HeaderScan {
  const release = options.release ?? ORACLE_SLURM_RELEASE;
  const table = sbatchOptionsFor(release);
  const problems: DirectiveProblem[] = [...scriptSanityProblems(text), ...translatedDirectives(text)];
  const lines: SlurmScannedLine[] = [];
  const tokens: (SourcedText & { component: number })[] = [];
  let headerEnd: number | undefined;
  let component = 0;

  for (const { index, text: lineText, span } of splitLines(text)) {
    const marker = directiveMarker(lineText);
    if (headerEnd !== undefined) {
      const kind = marker !== undefined ? 'ignored-directive' : commentOrCommand(lineText);
      lines.push({ index, span, kind, ...(marker && { marker }) });
      if (marker !== undefined || looksLikeDirective(lineText)) problems.push(afterHeaderEnd(span, index));
      continue;
    }
    if (marker === undefined) {
      const kind = commentOrCommand(lineText);
      // "Stop parsing script if not a comment" (_opt_batch_script()).
      if (kind === 'command') headerEnd = index;
      else if (kind === 'comment' && looksLikeDirective(lineText)) problems.push(lookalike(lineText, span, index));
      lines.push({ index, span, kind });
      continue;
    }
    if (marker === '#SLURM') problems.push(slurmMarker(span, index));
    const line = tokenizeDirectiveLine(text, span.start + marker.length, span.end, index, release);
    problems.push(...line.problems);
    if (line.startsNewComponent) component++;
    lines.push({ index, span, kind: 'directive', marker, component });
    for (const token of line.tokens) tokens.push({ ...token, component });
  }

  const directives: Directive[] = [];
  for (let current = 0; current <= component; current++) {
    // Each component is its own getopt run: a missing value never reaches into the next one.
    const parsed = parseArguments(tokens.filter((token) => token.component === current), table, current);
    directives.push(...parsed.directives);
    problems.push(...parsed.problems);
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { lines, ...(headerEnd !== undefined && { headerEnd }), tokens, directives, problems };
}
