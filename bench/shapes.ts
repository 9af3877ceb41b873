/**
 * Inputs that grow along one dimension, for the bench's "linear on any input" table: each shape
 * at size n is a whole config file whose cost should grow in proportion to n.
 */

const HEAD = `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"

[parsl.executors.provider]
class = "SlurmProvider"
`;

export interface Shape {
  readonly name: string;
  /** The size the table starts from; the next row doubles it. */
  readonly n: number;
  readonly text: (n: number) => string;
  /** Measure `--fix` (all passes) instead of one lint. */
  readonly fix?: boolean;
}

export const SHAPES: readonly Shape[] = [
  {
    name: 'N #SBATCH directives',
    n: 2000,
    text: (n) => `${HEAD}scheduler_options = """\n${Array.from({ length: n }, (_, i) => `#SBATCH --comment=c${i}\n`).join('')}"""\n`,
  },
  {
    name: 'N executors',
    n: 2000,
    text: (n) =>
      '[parsl]\n' +
      Array.from(
        { length: n },
        (_, i) => `\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "x${i}"\n\n[parsl.executors.provider]\nclass = "SlurmProvider"\nworker_init = "module load qiime2"\nwalltime = "01:00:00"\n`,
      ).join(''),
  },
  {
    name: 'N fixes (--fix)',
    n: 1000,
    fix: true,
    text: (n) =>
      '[parsl]\n' +
      Array.from({ length: n }, (_, i) => `\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "x${i}"\n\n[parsl.executors.provider]\nclass = "SlurmProvider"\nwalltime = "2h"\n`).join(''),
  },
  { name: 'walltime "1…1!" (n chars)', n: 50_000, text: (n) => `${HEAD}walltime = "${'1'.repeat(n - 1)}!"\n` },
  { name: 'worker_init "path/to/"×n', n: 6250, text: (n) => `${HEAD}worker_init = "${'path/to/'.repeat(n)}"\n` },
  { name: 'scheduler_options #PBS -l a=1,… (n)', n: 12_500, text: (n) => `[parsl]\n\n[[parsl.executors]]\nclass = "HighThroughputExecutor"\nlabel = "default"\n\n[parsl.executors.provider]\nclass = "PBSProProvider"\nscheduler_options = "#PBS -l ${Array(n).fill('a=1').join(',')}"\n` },
  { name: 'scheduler_options #SBATCH --aaaa… (n chars)', n: 50_000, text: (n) => `${HEAD}scheduler_options = "#SBATCH --${'a'.repeat(n)}"\n` },
  {
    name: 'label n chars + near-miss mapping',
    n: 20_000,
    text: (n) => `[parsl]\n\n[[parsl.executors]]\nclass = "ThreadPoolExecutor"\nlabel = "${'a'.repeat(n)}"\n\n[parsl.executor_mapping]\nsome_action = "${'a'.repeat(n - 1)}b"\n`,
  },
  { name: 'n keys in a provider', n: 50_000, text: (n) => `${HEAD}${Array.from({ length: n }, (_, i) => `k${i} = ${i}\n`).join('')}` },
];
