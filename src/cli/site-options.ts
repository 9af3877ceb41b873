/**
 * The command-line options of the site commands: `--sbatch-test` for linting, and the flags of
 * `parsl-lint cluster-profile` and `parsl-lint init`. Kept apart from options.ts, which only
 * registers them and hands over the parsed values.
 */
import { UsageError } from './errors.js';
import type { ClusterProfileRequest } from './cluster-profile.js';
import type { InitFlags } from './init.js';

const INIT_FLAGS = ['scheduler', 'workers', 'cpus', 'mem', 'walltime', 'env', 'partition', 'account'] as const;

export const SITE_OPTIONS = {
  'sbatch-test': { type: 'boolean', default: false, describe: 'Also run the real `sbatch --test-only` on each Slurm provider\'s script (never submits; needs sbatch here)' },
  output: { type: 'string', describe: 'cluster-profile, init: write to this file instead of stdout' },
  force: { type: 'boolean', default: false, describe: 'cluster-profile, init: overwrite the --output file' },
  scheduler: { type: 'string', describe: 'init: the batch scheduler (slurm)' },
  workers: { type: 'string', describe: 'init: how many jobs (blocks) may run at once' },
  cpus: { type: 'string', describe: 'init: CPUs per job' },
  mem: { type: 'string', describe: 'init: memory per job (96GB, 96G, 512MB, 1TB)' },
  walltime: { type: 'string', describe: 'init: time limit per job (24h, 2d, 90m, 1-12:00:00, 24:00:00)' },
  env: { type: 'string', describe: 'init: the conda environment the workers activate' },
  partition: { type: 'string', describe: 'init: the Slurm partition (default: the cluster\'s default)' },
  account: { type: 'string', describe: 'init: the Slurm account to charge' },
} as const;

type Parsed = Record<string, unknown>;

/** A site flag given to a command that does not take it is a usage error, not silently ignored. */
export function checkSiteFlags(subcommand: string | undefined, argv: Parsed): void {
  const misplaced = (names: readonly string[], owner: string) => {
    const used = names.find((name) => argv[name] !== undefined && argv[name] !== false);
    if (used) throw new UsageError(`--${used} is an option of ${owner}`);
  };
  if (subcommand !== 'init') misplaced(INIT_FLAGS, '`parsl-lint init`');
  if (subcommand !== 'init' && subcommand !== 'cluster-profile') misplaced(['output', 'force'], '`parsl-lint init` and `parsl-lint cluster-profile`');
  if (subcommand !== undefined) misplaced(['sbatch-test'], 'linting (`parsl-lint --sbatch-test FILE`)');
}

export function clusterProfileRequest(argv: Parsed, files: readonly string[]): ClusterProfileRequest {
  return { files, output: nonEmpty(argv, 'output'), force: argv['force'] === true };
}

export function initFlags(argv: Parsed): InitFlags {
  const flags: Record<string, string> = {};
  for (const name of INIT_FLAGS) {
    const value = nonEmpty(argv, name);
    if (value !== undefined) flags[name] = value;
  }
  return { ...flags, output: nonEmpty(argv, 'output'), force: argv['force'] === true, qiime2: nonEmpty(argv, 'qiime2') };
}

function nonEmpty(argv: Parsed, name: string): string | undefined {
  const value = argv[name];
  if (value === undefined) return undefined;
  // A repeated flag arrives as an array: the last one wins, as for the other options.
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  if (typeof last !== 'string' || last.trim() === '') throw new UsageError(`--${name} needs a value`);
  return last.trim();
}
