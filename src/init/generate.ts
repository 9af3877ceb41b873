/**
 * `parsl-lint init`'s generator: a parsl config for QIIME 2 from a requirements table (how many
 * jobs at once, CPUs, memory, time, environment), commented line by line, with the parameter
 * names of the target release and, when the site has a cluster profile, checked against the
 * limits of the partition the jobs go to.
 */
import { describeTarget, parslCatalog, type ResolvedTarget } from '../catalog/index.js';
import { cite, type ClusterProfile } from '../site/profile.js';
import { walltimeText } from '../site/units.js';
import { closestMatch } from '../suggest.js';

export interface Requirements {
  readonly scheduler: 'slurm';
  /** Jobs (parsl blocks) that may run at once. */
  readonly workers: number;
  /** CPUs per job. */
  readonly cpus: number;
  /** Memory per job, in GB. */
  readonly memGb: number;
  readonly walltimeMinutes: number;
  /** The conda environment (a name or a path) the workers activate. */
  readonly env: string;
  readonly partition?: string;
  readonly account?: string;
}

/** Requirements that cannot be met (a limit of the profile, a parameter the release lacks). */
export class InitError extends Error {
  override readonly name = 'InitError';
}

/** What each line of the provider is, by parameter; the order of the output. */
const PROVIDER_PARAMETERS = ['partition', 'account', 'nodes_per_block', 'cores_per_node', 'mem_per_node', 'walltime', 'exclusive', 'max_blocks', 'worker_init'] as const;

export function generateConfig(requirements: Requirements, target: ResolvedTarget, profile?: ClusterProfile): string {
  checkParameters(target);
  const partitionNote = profile ? checkProfile(requirements, profile) : undefined;
  const { workers, cpus, memGb, walltimeMinutes, env, partition, account } = requirements;
  const walltime = walltimeText(walltimeMinutes);
  const value = (text: string) => JSON.stringify(text);
  const lines: Record<(typeof PROVIDER_PARAMETERS)[number], string | undefined> = {
    partition: partition !== undefined ? `partition = ${value(partition)}  # the Slurm partition the jobs go to` : undefined,
    account: account !== undefined ? `account = ${value(account)}  # the account the jobs are charged to` : undefined,
    nodes_per_block: 'nodes_per_block = 1  # each job (block) is one node',
    cores_per_node: `cores_per_node = ${cpus}  # CPUs per job: #SBATCH --cpus-per-task=${cpus}`,
    mem_per_node: `mem_per_node = ${memGb}  # memory per job in GB: #SBATCH --mem=${memGb}g`,
    walltime: `walltime = ${value(walltime)}  # time limit per job, HH:MM:SS: #SBATCH --time=${walltimeMinutes}`,
    exclusive: 'exclusive = true  # parsl\'s default: each job takes its whole node; false shares the node with other jobs',
    max_blocks: `max_blocks = ${workers}  # at most ${workers} job${workers === 1 ? '' : 's'} at once`,
    worker_init: `worker_init = ${value(`source ~/.bashrc && conda activate ${env}`)}`,
  };
  return [
    `# parsl config for ${describeTarget(target)}, written by \`parsl-lint init\`.`,
    `# ${workers} job${workers === 1 ? '' : 's'} at once, each with ${cpus} CPUs, ${memGb} GB and ${walltime} on Slurm; environment ${env}.`,
    '# Use it with: qiime <plugin> <action> ... --parallel-config <this file>',
    '[parsl]',
    '',
    '# One executor labelled "default": QIIME 2 runs every action there unless a mapping says otherwise.',
    '[[parsl.executors]]',
    'class = "HighThroughputExecutor"',
    'label = "default"',
    '',
    '# The workers run in Slurm jobs ("blocks"), started when there is work and stopped when there is none.',
    '[parsl.executors.provider]',
    'class = "SlurmProvider"',
    ...(partitionNote ? [partitionNote] : []),
    ...PROVIDER_PARAMETERS.flatMap((name) => {
      const line = lines[name];
      if (line === undefined) return [];
      // A job starts in a fresh shell: say why worker_init sources the shell's setup first.
      return name === 'worker_init' ? ['# Each job starts in a fresh shell: load conda\'s shell hook, then the environment.', line] : [line];
    }),
    '',
  ].join('\n');
}

/** Every parameter written must exist in the target release (they all do from 2023.5 on; this keeps it so). */
function checkParameters(target: ResolvedTarget): void {
  const catalog = parslCatalog(target.parsl);
  const provider = catalog.lookup('providers', 'SlurmProvider');
  const executor = catalog.lookup('executors', 'HighThroughputExecutor');
  if (!provider || !executor) throw new InitError(`${describeTarget(target)} has no SlurmProvider or HighThroughputExecutor`);
  const missing = PROVIDER_PARAMETERS.filter((name) => !provider.params.has(name));
  if (missing.length > 0) throw new InitError(`SlurmProvider in ${describeTarget(target)} has no ${missing.join(', ')}`);
}

/**
 * The requirements against the partition the jobs go to; a requirement the partition cannot meet
 * is an InitError citing the profile's line. Returns a comment for a job that names no partition.
 */
function checkProfile(requirements: Requirements, profile: ClusterProfile): string | undefined {
  const name = requirements.partition ?? profile.defaultPartition?.value;
  if (name === undefined) {
    const names = [...profile.partitions.keys()].join(', ');
    throw new InitError(`this cluster has no default partition (${profile.file}); choose one with --partition (${names})`);
  }
  const partition = profile.partitions.get(name);
  if (!partition) {
    const guess = closestMatch(name, profile.partitions.keys());
    throw new InitError(`this cluster has no partition "${name}" (${profile.file})${guess ? `; did you mean "${guess}"?` : `; its partitions are ${[...profile.partitions.keys()].join(', ')}`}`);
  }
  const { maxTime, maxNodeCpus, maxNodeMemoryMb, allowAccounts, denyAccounts } = partition;
  if (maxTime && maxTime.value !== null && requirements.walltimeMinutes > maxTime.value) {
    throw new InitError(`--walltime ${walltimeText(requirements.walltimeMinutes)} is longer than the MaxTime of partition "${name}", ${walltimeText(maxTime.value)} ${cite(maxTime.from)}`);
  }
  if (maxNodeCpus && requirements.cpus > maxNodeCpus.value) {
    throw new InitError(`--cpus ${requirements.cpus} is more than the largest node of partition "${name}" has, ${maxNodeCpus.value} ${cite(maxNodeCpus.from)}`);
  }
  if (maxNodeMemoryMb && requirements.memGb * 1024 > maxNodeMemoryMb.value) {
    throw new InitError(`--mem ${requirements.memGb}GB is more than the largest node of partition "${name}" has, ${Math.floor(maxNodeMemoryMb.value / 1024)} GB ${cite(maxNodeMemoryMb.from)}`);
  }
  const account = requirements.account;
  if (account !== undefined && ((allowAccounts && !allowAccounts.value.includes(account)) || denyAccounts?.value.includes(account))) {
    throw new InitError(`account "${account}" may not use partition "${name}" ${cite((allowAccounts ?? denyAccounts)!.from)}`);
  }
  return requirements.partition === undefined ? `# No partition: the jobs go to the cluster's default, "${name}" (${profile.file}).` : undefined;
}
