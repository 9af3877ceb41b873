/**
 * `parsl-lint init`'s generator: a parsl config for QIIME 2 from a requirements table (how many
 * jobs at once, CPUs, memory, time, environment), commented line by line, with the parameter
 * names of the target release and, when the site has a cluster profile, checked against the
 * limits of the partition the jobs go to.
 */
import { type ResolvedTarget } from '../catalog/index.js';
import { type ClusterProfile } from '../site/profile.js';
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
export declare class InitError extends Error {
    readonly name = "InitError";
}
export declare function generateConfig(requirements: Requirements, target: ResolvedTarget, profile?: ClusterProfile): string;
