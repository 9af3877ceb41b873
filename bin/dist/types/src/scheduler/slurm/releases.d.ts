/**
 * The Slurm release a config is judged for: the one the user names (`--slurm 23.02`, `[slurm]
 * release` in the linter's config), else the range of releases sites commonly run, from the
 * oldest the oracle verifies (22.05) to the newest catalogued (25.11). Names the releases in
 * messages, and says when an option came into or left sbatch.
 */
import { type SlurmRelease } from './options.js';
export interface ResolvedSlurmRelease {
    readonly release: SlurmRelease;
    /** The release asked for, when it is not catalogued and `release` is the newest catalogued one before it. */
    readonly asked?: string;
}
/**
 * A Slurm version as people write it: `23.02`, `23.02.7`, `23.02.7-1`, the tag `slurm-23-02-7-1`,
 * or what `sbatch --version` prints (`slurm 23.02.7`, Debian's `slurm-wlm 22.05.8`). Slurm's
 * releases are `YY.MM`; a maintenance release (`.7`) reads options as its `YY.MM` does, since the
 * option table changes only between releases. A release that is not catalogued (`24.08`, `26.05`)
 * stands for the newest catalogued one at or before it. Throws for anything else, and for
 * releases older than the catalogue.
 */
export declare function resolveSlurmRelease(text: string): ResolvedSlurmRelease;
/** What the command line says once when a Slurm release stood for another: undefined when none did. */
export declare function describeSlurmSubstitution(resolved: ResolvedSlurmRelease): string | undefined;
/** The releases a script is judged for, oldest first: the one named, else 22.05 … 25.11. */
export declare function judgedSlurmReleases(release: SlurmRelease | undefined): readonly SlurmRelease[];
/** `22.05`, `22.05–23.11`: releases consecutive in the catalogue, as one range. */
export declare function describeReleaseRun(releases: readonly SlurmRelease[]): string;
/**
 * When the long option `name` came into or left sbatch, over the catalogued releases:
 * `added in 23.02`, `removed in 24.05`, `removed in 23.11, back in 24.05`; `only after 25.11` for
 * one that only Slurm's development branch has. Undefined for a name no release has, or one
 * every release has.
 */
export declare function optionHistory(name: string): string | undefined;
/** Whether some Slurm release, the development branch included, has the long option `name`. */
export declare function isStockSbatchOption(name: string): boolean;
