/** How the profile rules write quantities in messages. */
/** Minutes as parsl's walltime format, `HH:MM:SS` (hours may pass 24: `48:00:00`). */
export declare function walltimeText(minutes: number): string;
/** Slurm's MB (MiB) with the GB figure parsl's `mem_per_node` uses: `98304 MB (96 GB)`. */
export declare function megabytesText(mb: number): string;
