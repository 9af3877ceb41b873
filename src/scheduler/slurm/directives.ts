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
 * around the text. The Slurm adapter (adapter.ts) scans the whole rendered script instead.
 *
 * This file holds the shapes and the scan; the steps are in lines.ts (which lines are read),
 * tokenize.ts (get_argument()), getopt.ts (getopt_long) and option-names.ts.
 */
import { commentOrCommand, splitLines } from '../directive-scan.js';
import { parseArguments } from './getopt.js';
import { afterHeaderEnd, directiveMarker, lookalike, looksLikeDirective, scriptSanityProblems, slurmMarker, translatedDirectives } from './lines.js';
import { ORACLE_SLURM_RELEASE, sbatchOptionsFor } from './options.js';
import { tokenizeDirectiveLine } from './tokenize.js';
import type { Directive, DirectiveProblem, HeaderScan, ScanOptions, SlurmScannedLine, SourcedText } from './types.js';

export type { DirectiveMarker, SlurmScannedLine, SourcedText, DirectiveForm, Directive, DirectiveProblemKind, ProblemConsequence, DirectiveProblem, HeaderScan, ScanOptions } from './types.js';

/** A directive as a user writes it: `--time=10`, `-p short`, `--exclusive`. */
export function directiveText(directive: Directive): string {
  if (!directive.value) return directive.written;
  return directive.form === 'short' ? `${directive.written} ${directive.value.text}` : `${directive.written}=${directive.value.text}`;
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
