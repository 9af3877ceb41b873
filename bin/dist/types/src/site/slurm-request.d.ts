import type { Span } from '../document/source.js';
import type { Job } from '../model/jobs.js';
/** The sbatch settings the profile rules judge, by sbatch's option names. */
export type RequestedSetting = 'partition' | 'time' | 'mem' | 'mem-per-cpu' | 'cpus-per-task' | 'nodes' | 'account' | 'qos';
export interface RequestedValue {
    /** The value sbatch reads (`1440` for `walltime = "24:00:00"`, `96g` for `mem_per_node = 96`). */
    readonly text: string;
    /** Where to report it: the value the user wrote, or the provider table for a parsl default. */
    readonly at: Span;
    /** How a message names what the user wrote: `walltime = "24:00:00"`, `"--mem=8G" in scheduler_options`. */
    readonly written: string;
}
export type SlurmRequest = Readonly<Partial<Record<RequestedSetting, RequestedValue>>>;
/** The settings a Slurm job requests; undefined for a job of another scheduler. */
export declare function slurmRequest(job: Job): SlurmRequest | undefined;
/** The value sbatch keeps for one setting (`partition`, `mem-per-cpu`, any sbatch option name), and where it was written. */
export declare function requestedValue(job: Job, setting: string): RequestedValue | undefined;
/** The batch script parsl writes for a Slurm job's blocks; undefined for another scheduler's. */
export declare function slurmScript(job: Job): string | undefined;
