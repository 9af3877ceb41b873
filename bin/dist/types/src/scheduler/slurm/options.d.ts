/**
 * The long and short options sbatch accepts, per Slurm release.
 *
 * slurm.md A9. The table is `common_options[]` of `src/common/slurm_opt.c` (tag
 * `slurm-22-05-8-1`), keeping every entry that has a name and a `set_func` or `set_func_sbatch`,
 * in the array's order: glibc's getopt_long lists the candidates of an ambiguous prefix in that
 * order (`--clus=` → `'--cluster-constraint' '--cluster' '--clusters'`, verified on the 22.05.8
 * oracle). The per-release changes were re-extracted the same way from each tag's source; they
 * agree with A9 and add the argument-kind changes A9 only gives for master.
 */
export type OptionArgument = 'none' | 'required' | 'optional';
export interface SbatchOption {
    /** The long name, without the leading `--`. */
    readonly name: string;
    /** The one-letter form, when there is one. */
    readonly short?: string;
    /** `optional` means the value must be attached with `=` (`--exclusive=user`), slurm.md A1.4. */
    readonly argument: OptionArgument;
    /**
     * Handled only in sbatch's early pass over the command line (`sbatch_early_pass` in
     * slurm_opt.c): in a batch script getopt still parses it, and then sbatch silently ignores it.
     * Verified on the 22.05.8 oracle: `#SBATCH --help`, `--usage`, `--version`, `-V` and
     * `--wrap="echo x"` all submit the job normally.
     */
    readonly commandLineOnly?: true;
}
export type SlurmRelease = '20.02' | '20.11' | '21.08' | '22.05' | '23.02' | '23.11' | '24.05' | '24.11' | '25.05' | '25.11' | 'master';
/** Oldest first. `master` is SchedMD/slurm at 284c3b95 (2026-08-20), newer than any release. */
export declare const SLURM_RELEASES: readonly SlurmRelease[];
/** The release the local `sbatch --test-only` oracle runs (Debian 12's 22.05.8), slurm.md B1. */
export declare const ORACLE_SLURM_RELEASE: SlurmRelease;
/** The newest tagged release whose option table was extracted (25.11.7). */
export declare const NEWEST_SLURM_RELEASE: SlurmRelease;
export declare function compareSlurmReleases(a: SlurmRelease, b: SlurmRelease): number;
/** sbatch 22.05.8's 106 options, in `common_options[]` order. */
export declare const SBATCH_OPTIONS_22_05: readonly SbatchOption[];
export interface AddedSbatchOption {
    readonly option: SbatchOption;
    /** The entry it follows in that release's `common_options[]`, which fixes its place. */
    readonly after: string;
}
/** The options sbatch of `release` accepts, in `common_options[]` order. */
export declare function sbatchOptionsFor(release?: SlurmRelease): readonly SbatchOption[];
/** The canonical name of the setting an option writes. */
export declare function sbatchSettingName(option: SbatchOption): string;
export interface RetiredSbatchOption {
    /** The option to use instead, if sbatch has one. */
    readonly replacement?: string;
    readonly note: string;
}
/**
 * Old spellings that stock sbatch rejects as unrecognized, with what to write instead
 * (slurm.md A9). Release facts from SchedMD/slurm history: `--share` removed by f4e4fb15d8,
 * `--workdir` by 9118a41e13, `--mem_bind` by dbf9cfb1cc (all in 19.05); `--cpu_bind` left
 * sbatch in 14.11 (91e2200231) and sbatch has no `--cpu-bind` at all: it is an srun option.
 */
export declare const RETIRED_SBATCH_OPTIONS: ReadonlyMap<string, RetiredSbatchOption>;
