/**
 * The long and short options sbatch accepts, per Slurm release.
 *
 * slurm.md A9. The table is `common_options[]` of `src/common/slurm_opt.c` (tag
 * `slurm-22-05-8-1`), keeping every entry that has a name and a `set_func` or `set_func_sbatch`,
 * in the array's order: glibc's getopt_long lists the candidates of an ambiguous prefix in that
 * order (`--clus=` → `'--cluster-constraint' '--cluster' '--clusters'`, verified on the 22.05.8
 * oracle). The per-release changes were re-extracted the same way from each tag's source; they
 * agree with A9 and add the argument-kind changes A9 only gives for master.
 */

export type OptionArgument = 'none' | 'required' | 'optional';

export interface SbatchOption {
  /** The long name, without the leading `--`. */
  readonly name: string;
  /** The one-letter form, when there is one. */
  readonly short?: string;
  /** `optional` means the value must be attached with `=` (`--exclusive=user`), slurm.md A1.4. */
  readonly argument: OptionArgument;
  /**
   * Handled only in sbatch's early pass over the command line (`sbatch_early_pass` in
   * slurm_opt.c): in a batch script getopt still parses it, and then sbatch silently ignores it.
   * Verified on the 22.05.8 oracle: `#SBATCH --help`, `--usage`, `--version`, `-V` and
   * `--wrap="echo x"` all submit the job normally.
   */
  readonly commandLineOnly?: true;
}

export type SlurmRelease =
  | '20.02'
  | '20.11'
  | '21.08'
  | '22.05'
  | '23.02'
  | '23.11'
  | '24.05'
  | '24.11'
  | '25.05'
  | '25.11'
  | 'master';

/** Oldest first. `master` is SchedMD/slurm at 284c3b95 (2026-08-20), newer than any release. */
export const SLURM_RELEASES: readonly SlurmRelease[] = [
  '20.02',
  '20.11',
  '21.08',
  '22.05',
  '23.02',
  '23.11',
  '24.05',
  '24.11',
  '25.05',
  '25.11',
  'master',
];

/** The release the local `sbatch --test-only` oracle runs (Debian 12's 22.05.8), slurm.md B1. */
export const ORACLE_SLURM_RELEASE: SlurmRelease = '22.05';

/** The newest tagged release whose option table was extracted (25.11.7). */
export const NEWEST_SLURM_RELEASE: SlurmRelease = '25.11';

export function compareSlurmReleases(a: SlurmRelease, b: SlurmRelease): number {
  return SLURM_RELEASES.indexOf(a) - SLURM_RELEASES.indexOf(b);
}

/** sbatch 22.05.8's 106 options, in `common_options[]` order. */
export const SBATCH_OPTIONS_22_05: readonly SbatchOption[] = [
  { name: 'account', short: 'A', argument: 'required' },
  { name: 'acctg-freq', argument: 'required' },
  { name: 'array', short: 'a', argument: 'required' },
  { name: 'batch', argument: 'required' },
  { name: 'begin', short: 'b', argument: 'required' },
  { name: 'bb', argument: 'required' },
  { name: 'bbf', argument: 'required' },
  { name: 'cluster-constraint', argument: 'required' },
  { name: 'chdir', short: 'D', argument: 'required' },
  { name: 'cluster', argument: 'required' },
  { name: 'clusters', short: 'M', argument: 'required' },
  { name: 'comment', argument: 'required' },
  { name: 'container', argument: 'required' },
  { name: 'context', argument: 'required' },
  { name: 'contiguous', argument: 'none' },
  { name: 'constraint', short: 'C', argument: 'required' },
  { name: 'core-spec', short: 'S', argument: 'required' },
  { name: 'cores-per-socket', argument: 'required' },
  { name: 'cpu-freq', argument: 'required' },
  { name: 'cpus-per-gpu', argument: 'required' },
  { name: 'cpus-per-task', short: 'c', argument: 'required' },
  { name: 'deadline', argument: 'required' },
  { name: 'delay-boot', argument: 'required' },
  { name: 'dependency', short: 'd', argument: 'required' },
  { name: 'distribution', short: 'm', argument: 'required' },
  { name: 'error', short: 'e', argument: 'required' },
  { name: 'exclude', short: 'x', argument: 'required' },
  { name: 'exclusive', argument: 'optional' },
  { name: 'export', argument: 'required' },
  { name: 'export-file', argument: 'required' },
  { name: 'extra-node-info', short: 'B', argument: 'required' },
  { name: 'get-user-env', argument: 'optional' },
  { name: 'gid', argument: 'required' },
  { name: 'gpu-bind', argument: 'required' },
  { name: 'gpu-freq', argument: 'required' },
  { name: 'gpus', short: 'G', argument: 'required' },
  { name: 'gpus-per-node', argument: 'required' },
  { name: 'gpus-per-socket', argument: 'required' },
  { name: 'gpus-per-task', argument: 'required' },
  { name: 'gres', argument: 'required' },
  { name: 'gres-flags', argument: 'required' },
  { name: 'help', short: 'h', argument: 'none', commandLineOnly: true },
  { name: 'hint', argument: 'required' },
  { name: 'hold', short: 'H', argument: 'none' },
  { name: 'ignore-pbs', argument: 'none' },
  { name: 'input', short: 'i', argument: 'required' },
  { name: 'job-name', short: 'J', argument: 'required' },
  { name: 'kill-on-invalid-dep', argument: 'required' },
  { name: 'licenses', short: 'L', argument: 'required' },
  { name: 'mail-type', argument: 'required' },
  { name: 'mail-user', argument: 'required' },
  { name: 'mcs-label', argument: 'required' },
  { name: 'mem', argument: 'required' },
  { name: 'mem-bind', argument: 'required' },
  { name: 'mem-per-cpu', argument: 'required' },
  { name: 'mem-per-gpu', argument: 'required' },
  { name: 'mincpus', argument: 'required' },
  { name: 'network', argument: 'required' },
  { name: 'nice', argument: 'optional' },
  { name: 'no-kill', short: 'k', argument: 'optional' },
  { name: 'no-requeue', argument: 'none' },
  { name: 'nodefile', short: 'F', argument: 'required' },
  { name: 'nodelist', short: 'w', argument: 'required' },
  { name: 'nodes', short: 'N', argument: 'required' },
  { name: 'ntasks', short: 'n', argument: 'required' },
  { name: 'ntasks-per-core', argument: 'required' },
  { name: 'ntasks-per-gpu', argument: 'required' },
  { name: 'ntasks-per-node', argument: 'required' },
  { name: 'ntasks-per-socket', argument: 'required' },
  { name: 'ntasks-per-tres', argument: 'required' },
  { name: 'open-mode', argument: 'required' },
  { name: 'output', short: 'o', argument: 'required' },
  { name: 'overcommit', short: 'O', argument: 'none' },
  { name: 'oversubscribe', short: 's', argument: 'none' },
  { name: 'parsable', argument: 'none' },
  { name: 'partition', short: 'p', argument: 'required' },
  { name: 'power', argument: 'required' },
  { name: 'prefer', argument: 'required' },
  { name: 'priority', argument: 'required' },
  { name: 'profile', argument: 'required' },
  { name: 'propagate', argument: 'optional' },
  { name: 'qos', short: 'q', argument: 'required' },
  { name: 'quiet', short: 'Q', argument: 'none', commandLineOnly: true },
  { name: 'reboot', argument: 'none' },
  { name: 'requeue', argument: 'none' },
  { name: 'reservation', argument: 'required' },
  { name: 'signal', argument: 'required' },
  { name: 'sockets-per-node', argument: 'required' },
  { name: 'spread-job', argument: 'none' },
  { name: 'switches', argument: 'required' },
  { name: 'tasks-per-node', argument: 'required' },
  { name: 'test-only', argument: 'none' },
  { name: 'thread-spec', argument: 'required' },
  { name: 'threads-per-core', argument: 'required' },
  { name: 'time', short: 't', argument: 'required' },
  { name: 'time-min', argument: 'required' },
  { name: 'tmp', argument: 'required' },
  { name: 'uid', argument: 'required' },
  { name: 'use-min-nodes', argument: 'none' },
  { name: 'verbose', short: 'v', argument: 'none', commandLineOnly: true },
  { name: 'version', short: 'V', argument: 'none', commandLineOnly: true },
  { name: 'usage', argument: 'none', commandLineOnly: true },
  { name: 'wait', short: 'W', argument: 'none' },
  { name: 'wait-all-nodes', argument: 'required' },
  { name: 'wckey', argument: 'required' },
  { name: 'wrap', argument: 'required', commandLineOnly: true },
];

export interface AddedSbatchOption {
  readonly option: SbatchOption;
  /** The entry it follows in that release's `common_options[]`, which fixes its place. */
  readonly after: string;
}

/** What one release changed relative to the release before it. */
interface SbatchReleaseChange {
  readonly release: SlurmRelease;
  readonly added: readonly AddedSbatchOption[];
  readonly removed: readonly string[];
  readonly argumentChanged: readonly { readonly name: string; readonly argument: OptionArgument }[];
}

/**
 * slurm.md A9 "Changes by release", each row re-extracted from the tag's slurm_opt.c
 * (20.11.9, 21.08.8-2, 22.05.8, 23.02.7, 23.11.10, 24.05.8, 24.11.6, 25.05.8, 25.11.7, master).
 * 23.11 really has no `--export-file`; 24.05 brings it back.
 */
const SBATCH_OPTION_CHANGES: readonly SbatchReleaseChange[] = [
  {
    release: '20.11',
    added: [
      { option: { name: 'ntasks-per-gpu', argument: 'required' }, after: 'ntasks-per-core' },
      { option: { name: 'ntasks-per-tres', argument: 'required' }, after: 'ntasks-per-socket' },
    ],
    removed: [],
    argumentChanged: [],
  },
  {
    release: '21.08',
    added: [
      { option: { name: 'container', argument: 'required' }, after: 'comment' },
      { option: { name: 'context', argument: 'required' }, after: 'container' },
    ],
    removed: [],
    argumentChanged: [],
  },
  {
    release: '22.05',
    added: [{ option: { name: 'prefer', argument: 'required' }, after: 'power' }],
    removed: [],
    argumentChanged: [],
  },
  {
    release: '23.02',
    added: [
      { option: { name: 'autocomplete', argument: 'required' }, after: 'array' },
      { option: { name: 'container-id', argument: 'required' }, after: 'container' },
      { option: { name: 'extra', argument: 'required' }, after: 'export-file' },
      { option: { name: 'tres-per-task', argument: 'required' }, after: 'tmp' },
    ],
    removed: [],
    argumentChanged: [],
  },
  {
    release: '23.11',
    added: [{ option: { name: 'tres-bind', argument: 'required' }, after: 'tmp' }],
    removed: ['export-file'],
    argumentChanged: [],
  },
  {
    release: '24.05',
    added: [
      { option: { name: 'export-file', argument: 'required' }, after: 'export' },
      { option: { name: 'resv-ports', argument: 'optional' }, after: 'reservation' },
      { option: { name: 'segment', argument: 'required' }, after: 'resv-ports' },
      { option: { name: 'stepmgr', argument: 'none' }, after: 'spread-job' },
    ],
    removed: ['power'],
    argumentChanged: [],
  },
  {
    release: '24.11',
    added: [{ option: { name: 'oom-kill-step', argument: 'optional' }, after: 'ntasks-per-tres' }],
    removed: [],
    argumentChanged: [],
  },
  {
    release: '25.05',
    added: [{ option: { name: 'external', argument: 'none' }, after: 'export-file' }],
    removed: [],
    argumentChanged: [{ name: 'get-user-env', argument: 'none' }],
  },
  {
    release: '25.11',
    added: [
      { option: { name: 'consolidate-segments', argument: 'none' }, after: 'comment' },
      { option: { name: 'resources', argument: 'required' }, after: 'requeue' },
      { option: { name: 'spread-segments', argument: 'none' }, after: 'spread-job' },
    ],
    removed: [],
    argumentChanged: [{ name: 'requeue', argument: 'optional' }],
  },
  {
    release: 'master',
    added: [
      { option: { name: 'mem-update', argument: 'required' }, after: 'mem-per-gpu' },
      { option: { name: 'runtime', argument: 'required' }, after: 'resv-ports' },
    ],
    removed: [],
    argumentChanged: [],
  },
];

const optionTables = new Map<SlurmRelease, readonly SbatchOption[]>();

/** The options sbatch of `release` accepts, in `common_options[]` order. */
export function sbatchOptionsFor(release: SlurmRelease = ORACLE_SLURM_RELEASE): readonly SbatchOption[] {
  let table = optionTables.get(release);
  if (table === undefined) {
    table = buildOptionTable(release);
    optionTables.set(release, table);
  }
  return table;
}

function buildOptionTable(release: SlurmRelease): readonly SbatchOption[] {
  const table = [...SBATCH_OPTIONS_22_05];
  const target = compareSlurmReleases(release, ORACLE_SLURM_RELEASE);
  if (target > 0) {
    for (const change of SBATCH_OPTION_CHANGES) {
      const order = compareSlurmReleases(change.release, ORACLE_SLURM_RELEASE);
      if (order > 0 && compareSlurmReleases(change.release, release) <= 0) applyChange(table, change);
    }
  } else if (target < 0) {
    // Walk back from 22.05, undoing each newer-than-target release, newest first.
    for (const change of [...SBATCH_OPTION_CHANGES].reverse()) {
      const order = compareSlurmReleases(change.release, ORACLE_SLURM_RELEASE);
      if (order <= 0 && compareSlurmReleases(change.release, release) > 0) undoAdditions(table, change);
    }
  }
  return table;
}

function applyChange(table: SbatchOption[], change: SbatchReleaseChange): void {
  for (const name of change.removed) table.splice(indexOfOption(table, name), 1);
  for (const { name, argument } of change.argumentChanged) {
    const index = indexOfOption(table, name);
    table[index] = { ...table[index]!, argument };
  }
  for (const { option, after } of change.added) table.splice(indexOfOption(table, after) + 1, 0, option);
}

/** Releases up to 22.05 only ever added options, so going back just removes them. */
function undoAdditions(table: SbatchOption[], change: SbatchReleaseChange): void {
  for (const { option } of change.added) table.splice(indexOfOption(table, option.name), 1);
}

function indexOfOption(table: readonly SbatchOption[], name: string): number {
  const index = table.findIndex((option) => option.name === name);
  if (index < 0) throw new Error(`sbatch option table has no --${name}`);
  return index;
}

/**
 * Options that write the same field of sbatch's `slurm_opt_t`, keyed to one canonical name, so
 * that the later one overrides the earlier (slurm.md A2). Read from the 22.05 set functions;
 * verified on the oracle with held jobs: `--oversubscribe --exclusive` gives OverSubscribe=NO and
 * the reverse order YES; `--no-requeue --requeue` gives Requeue=1 and the reverse 0.
 */
const SBATCH_SETTING_ALIASES: ReadonlyMap<string, string> = new Map([
  ['tasks-per-node', 'ntasks-per-node'],
  ['cluster', 'clusters'],
  ['oversubscribe', 'exclusive'],
  ['no-requeue', 'requeue'],
]);

/** The canonical name of the setting an option writes. */
export function sbatchSettingName(option: SbatchOption): string {
  return SBATCH_SETTING_ALIASES.get(option.name) ?? option.name;
}

export interface RetiredSbatchOption {
  /** The option to use instead, if sbatch has one. */
  readonly replacement?: string;
  readonly note: string;
}

/**
 * Old spellings that stock sbatch rejects as unrecognized, with what to write instead
 * (slurm.md A9). Release facts from SchedMD/slurm history: `--share` removed by f4e4fb15d8,
 * `--workdir` by 9118a41e13, `--mem_bind` by dbf9cfb1cc (all in 19.05); `--cpu_bind` left
 * sbatch in 14.11 (91e2200231) and sbatch has no `--cpu-bind` at all: it is an srun option.
 */
export const RETIRED_SBATCH_OPTIONS: ReadonlyMap<string, RetiredSbatchOption> = new Map<string, RetiredSbatchOption>([
  ['workdir', { replacement: 'chdir', note: '--workdir was removed from sbatch in Slurm 19.05; use --chdir' }],
  ['share', { replacement: 'oversubscribe', note: '--share was removed in Slurm 19.05; use --oversubscribe' }],
  ['mem_bind', { replacement: 'mem-bind', note: '--mem_bind was removed in Slurm 19.05; use --mem-bind' }],
  ['cpu_bind', { note: 'sbatch has not taken --cpu_bind since Slurm 14.11; --cpu-bind is an srun option' }],
  ['cpu-bind', { note: '--cpu-bind is an srun option, not an sbatch one; put it on the srun line' }],
]);
