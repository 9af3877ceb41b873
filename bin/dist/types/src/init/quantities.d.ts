/**
 * Memory and time as people write them in a requirements table (`96GB`, `96G`, `24h`, `2d`,
 * `90m`, `1-12:00:00`), turned into what SlurmProvider takes: whole GB for `mem_per_node` (parsl
 * writes `--mem=<n>g`, which Slurm reads as GiB) and minutes for `walltime`.
 */
export type Parsed<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly reason: string;
};
/** Memory in whole GB: `96GB`, `96G`, `96 GiB`, `1TB`, `2048MB`. A unit is required. */
export declare function parseMemoryGb(text: string): Parsed<number>;
/**
 * A time limit in minutes: `24h`, `2d`, `90m`, `1d12h`, `1h30m`, or Slurm's and parsl's clock
 * forms `1-12:00:00`, `1-12`, `24:00:00`. A bare number or `MM:SS` is refused: it is ambiguous.
 * Seconds round up to a whole minute, as parsl counts only minutes.
 */
export declare function parseWalltimeMinutes(text: string): Parsed<number>;
