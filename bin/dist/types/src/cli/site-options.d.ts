import type { ClusterProfileRequest } from './cluster-profile.js';
import type { InitFlags } from './init.js';
export declare const SITE_OPTIONS: {
    readonly 'sbatch-test': {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "Also run the real `sbatch --test-only` on each Slurm provider's script (never submits; needs sbatch here)";
    };
    readonly output: {
        readonly type: "string";
        readonly describe: "cluster-profile, init: write to this file instead of stdout";
    };
    readonly force: {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "cluster-profile, init: overwrite the --output file";
    };
    readonly scheduler: {
        readonly type: "string";
        readonly describe: "init: the batch scheduler (slurm)";
    };
    readonly workers: {
        readonly type: "string";
        readonly describe: "init: how many jobs (blocks) may run at once";
    };
    readonly cpus: {
        readonly type: "string";
        readonly describe: "init: CPUs per job";
    };
    readonly mem: {
        readonly type: "string";
        readonly describe: "init: memory per job (96GB, 96G, 512MB, 1TB)";
    };
    readonly walltime: {
        readonly type: "string";
        readonly describe: "init: time limit per job (24h, 2d, 90m, 1-12:00:00, 24:00:00)";
    };
    readonly env: {
        readonly type: "string";
        readonly describe: "init: the conda environment the workers activate";
    };
    readonly partition: {
        readonly type: "string";
        readonly describe: "init: the Slurm partition (default: the cluster's default)";
    };
    readonly account: {
        readonly type: "string";
        readonly describe: "init: the Slurm account to charge";
    };
};
type Parsed = Record<string, unknown>;
/** A site flag given to a command that does not take it is a usage error, not silently ignored. */
export declare function checkSiteFlags(subcommand: string | undefined, argv: Parsed): void;
export declare function clusterProfileRequest(argv: Parsed, files: readonly string[]): ClusterProfileRequest;
export declare function initFlags(argv: Parsed): InitFlags;
export {};
