/**
 * The batch-script directive prefixes of every scheduler in the registry, and which one a line
 * starts with. Which prefixes a provider's submit command reads is its adapter's `reads` (sbatch
 * also translates `#PBS` and `#BSUB`, research/slurm.md A1.6); to every other reader such a line
 * is a comment.
 */
import { SCHEDULERS } from './registry.js';

export interface DirectivePrefix {
  readonly prefix: string;
  /** The scheduler whose directive it is. */
  readonly scheduler: string;
}

const DIRECTIVE_PREFIXES: readonly DirectivePrefix[] = SCHEDULERS.flatMap((adapter) =>
  adapter.directivePrefix === undefined ? [] : [{ prefix: adapter.directivePrefix, scheduler: adapter.name }],
);

/** The directive prefix a line starts with, after blanks, if any: `#PBS -l ...` → `#PBS`. */
export function directivePrefixOf(line: string): DirectivePrefix | undefined {
  const text = line.trimStart();
  return DIRECTIVE_PREFIXES.find(({ prefix }) => text.startsWith(prefix) && /^(?:[ \t-]|$)/.test(text.slice(prefix.length)));
}

/** Every prefix some scheduler reads directives from, `#SLURM` (sbatch's old spelling) included. */
export const READ_PREFIXES: readonly string[] = [...new Set(SCHEDULERS.flatMap((adapter) => adapter.reads))];
