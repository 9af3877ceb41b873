/**
 * Option values as sbatch's client parses them, with sbatch's own error text.
 *
 * Each parser copies the C code it names (Slurm 22.05.8 unless a release is given), including
 * strtol's tolerance of leading whitespace and a sign and C's integer truncation, so that a value
 * this module accepts is one sbatch accepts. What the controller later does with it (partition
 * limits, node sizes) is site-dependent and not judged here (slurm.md B5). Besides the cases
 * cited below, 5000 random values of `--time`, `--time-min`, `--mem`, `--mem-per-cpu`,
 * `--cpus-per-task`, `--ntasks-per-node`, `--nodes` and `--exclusive` got the same verdict and
 * message from sbatch 22.05.8, and 60 held jobs the same time limit and memory in `scontrol`.
 */
import { type SlurmRelease } from './options.js';
/** `reason` is the text sbatch prints after `sbatch: error: `. */
export type ValueResult<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly reason: string;
};
export type SlurmTimeLimit = {
    readonly unlimited: true;
}
/** Negative minutes pass the client and are rejected by slurmctld (slurm.md A4, `-5`). */
 | {
    readonly unlimited: false;
    readonly minutes: number;
};
/**
 * `--time` / `--time-min`: `time_str2mins()` and `_is_valid_timespec()` in
 * src/common/parse_time.c, then `arg_set_time_limit()` (slurm.md A4; same code in master).
 * Seconds round up to whole minutes, and a result of 0 means no limit. Verified on the oracle:
 * every row of the A4 table, plus `-01`, `-0` and `0-0` (accepted by the client, then refused
 * by the partition's MaxTime), `1:00:00` fits MaxTime 1 h while `1:00:01`, `60:30` and `61` do
 * not (the round-up).
 */
export declare function parseSlurmTime(text: string, option?: 'time' | 'time-min'): ValueResult<SlurmTimeLimit>;
/**
 * `--mem`, `--mem-per-cpu`, `--mem-per-gpu`, `--tmp`: `str_to_mbytes()` in src/common/proc_args.c
 * (slurm.md A5). The value is in MiB; `K` rounds up. `--mem=0` means all of a node's memory.
 * Verified on the oracle: `1.5G`, `1GiB`, `-1`, empty are invalid; ` 5`, `+5`, `-0`, `1kb`, `1K`
 * are accepted.
 */
export declare function parseSlurmMemory(text: string, option?: 'mem' | 'mem-per-cpu' | 'mem-per-gpu' | 'tmp'): ValueResult<number>;
/**
 * `parse_int(name, value, positive = true)` in src/common/proc_args.c, used by `--cpus-per-task`,
 * `--ntasks`, `--ntasks-per-node` and most other counts (slurm.md A7). sbatch exits 1 here,
 * not 255. The value is what C's `(int)` cast makes of it: verified on the oracle that
 * `--cpus-per-task=4294967297` is accepted (it is 1), and that `" 1"` and `+1` are accepted while
 * `"1 "`, `0`, `abc`, `1.5` fail.
 */
export declare function parseSlurmPositiveInteger(text: string, option: string): ValueResult<number>;
export interface SlurmNodeCount {
    readonly min: number;
    /** 0 means no maximum. */
    readonly max: number;
}
/**
 * `-N/--nodes`: `verify_node_count()` and `_str_to_nodes()` in src/common/proc_args.c, 22.05
 * (slurm.md A7): `<min>[-<max>]`, each with an optional `k` then `m` multiplier. A missing or
 * negative minimum before a `-` becomes 1 (`--nodes=-1` is 1-1). Master's lists and steps
 * (`1,5,9`, `1-15:4`) are not in 22.05. Verified on the oracle: `abc`, `1-abc`, `1,2`, empty, `2-1`,
 * `1-` fail with the messages below; ` 1`, `1 `, `1-0`, `1k` pass the client.
 */
export declare function parseSlurmNodeCount(text: string): ValueResult<SlurmNodeCount>;
/** What `--exclusive[=mode]` sets: the job's node-sharing mode. */
export type SlurmExclusiveMode = 'exclusive' | 'oversubscribe' | 'user' | 'mcs' | 'topo';
/**
 * `--exclusive[=value]`: `arg_set_exclusive()` in src/common/slurm_opt.c (slurm.md A6). The value
 * is case-insensitive; no value, or an empty one (`--exclusive=`, turned into none by
 * `slurm_process_option`), means `exclusive`. `topo` exists from 24.05 and `allocation` (same as
 * `exclusive`) only in master. Verified on the 22.05 oracle: `--exclusive=`, `=USER` and
 * `=oversubscribe` are accepted, `=foo` and `=topo` fail.
 */
export declare function parseSlurmExclusive(value: string | undefined, release?: SlurmRelease): ValueResult<SlurmExclusiveMode>;
/**
 * The value check sbatch runs when it reads `option` (by its full name), or undefined for the
 * options this module does not parse. sbatch checks every occurrence as it reads it, so an invalid
 * value fails even when a later directive overrides it.
 */
export declare function checkSbatchValue(option: string, value: string | undefined, release?: SlurmRelease): ValueResult<unknown> | undefined;
