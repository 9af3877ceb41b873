/**
 * Which lines of a batch script sbatch reads, and what it says about the script as a whole
 * (slurm.md A1.1, A1.2, A1.5).
 */
import type { Span } from '../../document/source.js';
import type { DirectiveMarker, DirectiveProblem } from './types.js';
/** `xstrncmp(line, "#SBATCH", 7)`, else `#SLURM`: exact bytes at column 0. */
export declare function directiveMarker(line: string): DirectiveMarker | undefined;
/**
 * A comment that was probably meant as a directive: `  #SBATCH -p x`, `# SBATCH -p x`,
 * `#sbatch -p x` (all plain comments to sbatch, verified). Judgement: an option must follow, so
 * that `# Slurm settings` is not flagged; `##SBATCH`, the usual way to switch a directive off,
 * does not match.
 */
export declare function looksLikeDirective(line: string): boolean;
export declare function scriptSanityProblems(text: string): DirectiveProblem[];
/**
 * sbatch also reads `#BSUB` and `#PBS` lines (src/sbatch/xlate.c, slurm.md A1.6) after its
 * `#SBATCH` pass and lets them override it, unless `--ignore-pbs` is given. The marker must be at
 * column 0; the scan ignores the header end and gives up only after more than 100 lines that do
 * not start with `#`. Only one flavour is used: `#BSUB` if there is any, else `#PBS`.
 */
export declare function translatedDirectives(text: string): DirectiveProblem[];
export declare function slurmMarker(span: Span, line: number): DirectiveProblem;
export declare function lookalike(text: string, span: Span, line: number): DirectiveProblem;
export declare function afterHeaderEnd(span: Span, line: number): DirectiveProblem;
