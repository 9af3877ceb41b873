/**
 * Which lines of a batch script sbatch reads, and what it says about the script as a whole
 * (slurm.md A1.1, A1.2, A1.5).
 */
import type { Span } from '../../document/source.js';
import { splitLines } from '../directive-scan.js';
import type { DirectiveMarker, DirectiveProblem } from './types.js';

/** `xstrncmp(line, "#SBATCH", 7)`, else `#SLURM`: exact bytes at column 0. */
export function directiveMarker(line: string): DirectiveMarker | undefined {
  if (line.startsWith('#SBATCH')) return '#SBATCH';
  if (line.startsWith('#SLURM')) return '#SLURM';
  return undefined;
}

/**
 * A comment that was probably meant as a directive: `  #SBATCH -p x`, `# SBATCH -p x`,
 * `#sbatch -p x` (all plain comments to sbatch, verified). Judgement: an option must follow, so
 * that `# Slurm settings` is not flagged; `##SBATCH`, the usual way to switch a directive off,
 * does not match.
 */
export function looksLikeDirective(line: string): boolean {
  return /^[ \t\v\f\r]*#[ \t]*(?:sbatch|slurm)[ \t]*-/i.test(line) && directiveMarker(line) === undefined;
}

export function scriptSanityProblems(text: string): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  let line = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\r' && text[index + 1] === '\n') {
      problems.push({
        kind: 'dos-line-break',
        consequence: 'rejected',
        span: { start: index, end: index + 1 },
        line,
        message: 'sbatch refuses scripts with DOS (CRLF) line breaks',
        sbatchSays:
          'sbatch: error: Batch script contains DOS line breaks (\\r\\n)\n' +
          'sbatch: error: instead of expected UNIX line breaks (\\n).',
      });
    } else if (char === '\0') {
      problems.push({
        kind: 'nul-character',
        consequence: 'rejected',
        span: { start: index, end: index + 1 },
        line,
        message: 'sbatch refuses scripts that contain a NUL character',
        sbatchSays:
          'sbatch: error: The Slurm controller does not allow scripts that\n' +
          "sbatch: error: contain a NULL character '\\0'.",
      });
    } else if (char === '\n') {
      line++;
    }
  }
  return problems;
}

/**
 * sbatch also reads `#BSUB` and `#PBS` lines (src/sbatch/xlate.c, slurm.md A1.6) after its
 * `#SBATCH` pass and lets them override it, unless `--ignore-pbs` is given. The marker must be at
 * column 0; the scan ignores the header end and gives up only after more than 100 lines that do
 * not start with `#`. Only one flavour is used: `#BSUB` if there is any, else `#PBS`.
 */
export function translatedDirectives(text: string): DirectiveProblem[] {
  const found: { flavour: '#BSUB' | '#PBS'; span: Span; line: number }[] = [];
  let nonComments = 0;
  for (const { index: line, text: lineText, span } of splitLines(text)) {
    const flavour = lineText.startsWith('#BSUB') ? '#BSUB' : lineText.startsWith('#PBS') ? '#PBS' : undefined;
    if (flavour !== undefined) found.push({ flavour, span, line });
    else if (!lineText.startsWith('#') && ++nonComments > 100) break;
  }
  const bsub = found.some((entry) => entry.flavour === '#BSUB');
  return found.map(({ flavour, span, line }) =>
    flavour === '#PBS' && bsub
      ? {
          kind: 'translated-directive',
          consequence: 'ignored',
          span,
          line,
          message: 'sbatch translates #PBS lines only when the script has no #BSUB line; this one is ignored',
        }
      : {
          kind: 'translated-directive',
          consequence: 'accepted',
          span,
          line,
          message: `sbatch translates ${flavour} lines into its own options, even after the first command, and they override the #SBATCH ones (unless sbatch runs with --ignore-pbs)`,
        },
  );
}

export function slurmMarker(span: Span, line: number): DirectiveProblem {
  return {
    kind: 'slurm-marker',
    consequence: 'warned',
    span: { start: span.start, end: span.start + '#SLURM'.length },
    line,
    message: '#SLURM is an old spelling of #SBATCH: sbatch still reads it, with a warning',
    sbatchSays:
      'sbatch: error: Change from #SLURM to #SBATCH in your script and verify the options are valid in sbatch',
  };
}

export function lookalike(text: string, span: Span, line: number): DirectiveProblem {
  return {
    kind: 'lookalike-directive',
    consequence: 'ignored',
    span,
    line,
    message: `this looks like a directive but is a plain comment to sbatch, which reads only "#SBATCH" written exactly so at the very start of a line: ${JSON.stringify(text.trim())}`,
  };
}

export function afterHeaderEnd(span: Span, line: number): DirectiveProblem {
  return {
    kind: 'after-header-end',
    consequence: 'ignored',
    span,
    line,
    message: 'sbatch stops reading directives at the first command line, so this one is ignored',
  };
}
