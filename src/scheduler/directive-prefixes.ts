/**
 * Which batch-script directive prefixes each provider's scheduler reads.
 *
 * - sbatch reads `#SBATCH` and translates `#PBS` and `#BSUB` lines (research/slurm.md A1.6);
 * - PBS Pro / Torque qsub reads `#PBS`, LSF bsub `#BSUB`, Grid Engine qsub `#$` (A11);
 * - condor_submit reads a submit description, where a line starting with `#` is a comment, and
 *   CondorProvider's `worker_init` goes into the job's shell script, so it reads none.
 * To every other reader such a line is a comment.
 */

export interface DirectivePrefix {
  readonly prefix: string;
  /** The scheduler whose directive it is. */
  readonly scheduler: string;
}

const DIRECTIVE_PREFIXES: readonly DirectivePrefix[] = [
  { prefix: '#SBATCH', scheduler: 'Slurm' },
  { prefix: '#PBS', scheduler: 'PBS' },
  { prefix: '#BSUB', scheduler: 'LSF' },
  { prefix: '#$', scheduler: 'Grid Engine' },
];

export interface ProviderReader {
  /** The program that reads what parsl writes. */
  readonly command: string;
  /** The prefixes it reads directives from. */
  readonly reads: readonly string[];
}

export const PROVIDER_READERS: ReadonlyMap<string, ProviderReader> = new Map([
  ['SlurmProvider', { command: 'sbatch', reads: ['#SBATCH', '#PBS', '#BSUB'] }],
  ['PBSProProvider', { command: 'qsub', reads: ['#PBS'] }],
  ['TorqueProvider', { command: 'qsub', reads: ['#PBS'] }],
  ['LSFProvider', { command: 'bsub', reads: ['#BSUB'] }],
  ['GridEngineProvider', { command: 'qsub', reads: ['#$'] }],
  ['CondorProvider', { command: 'condor_submit', reads: [] }],
]);

/** The directive prefix a line starts with, after blanks, if any: `#PBS -l ...` → `#PBS`. */
export function directivePrefixOf(line: string): DirectivePrefix | undefined {
  const text = line.trimStart();
  return DIRECTIVE_PREFIXES.find(({ prefix }) => text.startsWith(prefix) && /^(?:[ \t-]|$)/.test(text.slice(prefix.length)));
}
