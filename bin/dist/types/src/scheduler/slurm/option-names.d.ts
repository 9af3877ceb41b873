import { type SbatchOption } from './options.js';
export type LongOptionResolution = {
    readonly kind: 'exact' | 'prefix';
    readonly option: SbatchOption;
} | {
    readonly kind: 'ambiguous';
    readonly candidates: readonly SbatchOption[];
} | {
    readonly kind: 'unknown';
};
/**
 * glibc getopt_long: an exact name wins (`--mem` although `--mem-bind` exists); else a prefix
 * of exactly one option; else all options it prefixes, in table order, are the ambiguity
 * (verified: `--cpus`, `--ti`, `--me`, `--clus`, `--excl`, and `--=x`, which prefixes all 106).
 * glibc does not count two matches that are the same option (same has_arg, flag and val) as
 * ambiguous; in sbatch's table the only such pair, --ntasks-per-node/--tasks-per-node, can never
 * share a prefix, so that rule is left out.
 */
export declare function resolveLongOption(name: string, table: readonly SbatchOption[]): LongOptionResolution;
/** The option whose one-letter form is `letter`, if any. */
export declare function shortOption(letter: string, table: readonly SbatchOption[]): SbatchOption | undefined;
/**
 * Did-you-mean for an unknown option name (slurm.md A9, judgement): a retired name gets only its
 * replacement, if any; otherwise the name with `_` turned into `-` and/or one plural `s` dropped
 * (`--mem_per_cpu`, `--mem-per-cpus`), else the nearest names by edit distance.
 */
export declare function suggestSbatchOptions(name: string, table: readonly SbatchOption[]): string[];
