/**
 * What sbatch's answer to `--test-only` blames: the sbatch setting (or the text in the script)
 * that made it refuse the job, read from its stderr. The messages are Slurm's own
 * (`slurm_strerror()` texts in src/common/slurm_errno.c, and sbatch's option parsing), as
 * verified on Slurm 22.05.8 (test/site/sbatch-test.test.ts).
 */

export interface SbatchAnswer {
  readonly exitCode: number;
  readonly stderr: string;
}

export interface Blame {
  /** The sbatch setting the answer is about (`partition`, `mem-per-cpu`, ...), in the order to look for it. */
  readonly settings: readonly string[];
  /** Text of the script sbatch quotes (`--mem-per-cpus=8G`), to find where the user wrote it. */
  readonly quoted?: string;
}

const BY_MESSAGE: readonly (readonly [RegExp, readonly string[]])[] = [
  [/invalid partition/i, ['partition']],
  [/no partition specified/i, ['partition']],
  [/time limit is invalid|Invalid --time specification/i, ['time']],
  [/--mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive/i, ['mem-per-cpu', 'mem-per-gpu', 'mem']],
  // No node has what is asked: memory, CPUs, local disk (--tmp), features or generic resources;
  // --nodes, which parsl always writes, comes last.
  [/Memory specification can not be satisfied|Requested node configuration is not available/i, ['mem', 'mem-per-cpu', 'cpus-per-task', 'tmp', 'constraint', 'gres', 'nodes']],
  [/More processors requested than permitted/i, ['cpus-per-task', 'ntasks-per-node', 'nodes']],
  [/Node count specification invalid|is not a valid node count/i, ['nodes']],
  [/Invalid account/i, ['account']],
  [/Invalid qos/i, ['qos']],
  [/Invalid feature specification/i, ['constraint']],
  [/generic resource/i, ['gres', 'gpus', 'gpus-per-node']],
  [/Invalid --([a-z-]+) specification/i, []],
  [/Invalid numeric value "[^"]*" for --([a-z-]+)/i, []],
];

const QUOTING: readonly RegExp[] = [/unrecognized option '([^']+)'/, /invalid option -- '(.)'/, /option '([^']+)'/, /Invalid directive found in batch script: (\S+)/];

export function blame(answer: SbatchAnswer): Blame {
  const settings: string[] = [];
  for (const [pattern, names] of BY_MESSAGE) {
    const match = pattern.exec(answer.stderr);
    if (!match) continue;
    settings.push(...names, ...(match[1] ? [match[1].toLowerCase()] : []));
  }
  for (const pattern of QUOTING) {
    const match = pattern.exec(answer.stderr);
    if (match) return { settings, quoted: match[1]!.length === 1 ? `-${match[1]}` : match[1]! };
  }
  return { settings };
}

/** sbatch's lines, without the `Try "sbatch --help"` hint, for a message. */
export function sbatchSays(answer: SbatchAnswer): string {
  return answer.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('Try "sbatch --help"'))
    .join(' / ');
}
