/**
 * Questions rules ask of a Slurm job's directives: who wrote a directive, and which of the user's
 * set one sbatch option. Slurm's reading keeps sbatch's own parse
 * (`job.reading.slurm`), which the other schedulers' readings do not have.
 */
import type { Span } from '../document/source.js';
import type { Directive, DirectiveProblem } from '../scheduler/slurm/directives.js';
import type { SlurmRelease } from '../scheduler/slurm/options.js';
import { editDistance } from '../suggest.js';
import { isUserLine } from '../scheduler/rendered-script.js';
import type { Job } from './jobs.js';

/** Whether a directive was written by the user (in a string field) rather than by parsl's template. */
export function isUserDirective(job: Job, directive: Directive): boolean {
  return isUserLine(job.lineOf(directive.line));
}

/**
 * The directives the user wrote that set one sbatch option (`mem-per-cpu`), however it was spelled:
 * in `scheduler_options`, or at the top of `worker_init`, where sbatch reads them too.
 */
export function userDirectives(job: Job, name: string): Directive[] {
  return (job.reading.slurm?.scan.directives ?? []).filter((directive) => directive.option.name === name && isUserDirective(job, directive));
}

export interface UnknownOption {
  readonly problem: DirectiveProblem;
  /** Where the option's name is in the file. */
  readonly at: Span;
  /**
   * One or two edits from a stock option (`--mem-per-cpus`, `--partiton`, `--cpus_per_task`): a
   * typo, since a site plugin with such a name is not a real risk. Two edits only for names of six
   * characters or more, so that short plugin options are not taken for typos.
   */
  readonly nearStock: boolean;
}

/**
 * The long options the user wrote that no stock sbatch has and no judged release can read (an
 * option some release reads is sbatch-option-release's), as the newest judged release words it,
 * except those the site's plugins add (`pluginOptions`, without dashes).
 */
export function unknownOptions(job: Job, pluginOptions: readonly string[]): UnknownOption[] {
  const found: UnknownOption[] = [];
  for (const { verdicts } of job.reading.slurm?.verdicts ?? []) {
    const newest = verdicts.at(-1)!.verdict;
    if (newest.kind !== 'unknown' || verdicts.some(({ verdict }) => verdict.kind !== 'unknown')) continue;
    const { problem } = newest;
    const at = job.sourceSpan(problem.span);
    if (!at) continue;
    const name = job.script.text.slice(problem.span.start, problem.span.end).replace(/^--/, '');
    if (pluginOptions.includes(name)) continue;
    const limit = name.length >= 6 ? 2 : 1;
    const nearStock = !problem.retired && (problem.suggestions ?? []).some((suggestion) => editDistance(name, suggestion) <= limit);
    found.push({ problem, at, nearStock });
  }
  return found;
}

/** The newest Slurm release a job was judged for: the one the user named, else 25.11. */
export function newestJudgedRelease(job: Job): SlurmRelease | undefined {
  return job.reading.slurm?.releases.at(-1);
}
