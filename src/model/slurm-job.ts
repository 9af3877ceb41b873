/**
 * Questions rules ask of a Slurm job's directives: who wrote a directive, and which of the user's
 * set one sbatch option. Slurm's reading keeps sbatch's own parse
 * (`job.reading.slurm`), which the other schedulers' readings do not have.
 */
import type { Directive } from '../scheduler/slurm/directives.js';
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
