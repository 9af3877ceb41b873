/**
 * Questions rules ask of a Slurm job's directives: who wrote a directive, and which of the user's
 * `scheduler_options` set one sbatch option. Slurm's reading keeps sbatch's own parse
 * (`job.reading.slurm`), which the other schedulers' readings do not have.
 */
import type { Directive } from '../scheduler/slurm/directives.js';
import { isUserLine } from '../scheduler/rendered-script.js';
import type { Job } from './jobs.js';

/** Whether a directive was written by the user (in a string field) rather than by parsl's template. */
export function isUserDirective(job: Job, directive: Directive): boolean {
  return isUserLine(job.lineOf(directive.line));
}

/** The directives in the user's `scheduler_options` that set one sbatch option (`mem-per-cpu`), however it was spelled. */
export function schedulerOptionsDirectives(job: Job, name: string): Directive[] {
  return (job.reading.slurm?.scan.directives ?? []).filter((directive) => directive.option.name === name && job.lineOf(directive.line).source === 'scheduler_options');
}
