/**
 * The batch script parsl's SlurmProvider writes, line by line, with where each line came from,
 * and what sbatch makes of its header.
 *
 * Sources (slurm.md A10; parsl-signatures/README.md "Batch-script headers"): parsl
 * `parsl/providers/slurm/template.py`, `SlurmProvider.__init__` and `submit()` in
 * `parsl/providers/slurm/slurm.py`, read at Parsl/parsl b8b474c7 and at tag 2024.04.15 (same
 * shape; `clusters` exists from 2024.11.18, `gpus_per_node` and `gres` from 2026.02.23).
 * Checked by running both parsl versions' `SlurmProvider.submit()` (dependencies stubbed, the
 * sbatch call replaced): the text rendered here is the start of the script parsl wrote, byte for
 * byte, and a walltime parsl rejects gives the same ValueError.
 */
import { type RenderedScript, type ScriptContext, type ScriptLine } from '../rendered-script.js';
import { type ParslWalltimeMinutes } from '../walltime.js';
import type { Directive } from './directives.js';
/**
 * The SlurmProvider parameters that shape the script, by their parsl names. Those with a default
 * are required: the caller supplies the target release's (src/model/jobs.ts); the others are
 * unset or None when not written.
 */
export interface SlurmProviderFields {
    readonly walltime: string;
    readonly nodes_per_block: number;
    readonly cores_per_node?: number | null;
    /** GB. */
    readonly mem_per_node?: number | null;
    readonly exclusive: boolean;
    readonly partition?: string | null;
    readonly account?: string | null;
    readonly qos?: string | null;
    readonly constraint?: string | null;
    readonly clusters?: string | null;
    readonly gpus_per_node?: number | null;
    readonly gres?: string | null;
    readonly scheduler_options: string;
    readonly worker_init: string;
}
export type SlurmProviderField = keyof SlurmProviderFields;
/** A line of the script: where it came from and, for a field's string, where in that string. */
export type RenderedLine = ScriptLine<SlurmProviderField>;
/** The script up to and including `export JOBNAME=...`, which always ends the header. */
export interface RenderedSlurmScript extends RenderedScript<SlurmProviderField> {
    readonly walltime: ParslWalltimeMinutes;
    /**
     * Set when parsl would raise in `submit()` before writing any script (a walltime
     * `wtime_to_minutes` cannot read). The `--time` line is then left out; the rest is what parsl
     * would write once that is fixed.
     */
    readonly submitError?: string;
}
/** The script parsl writes for these fields (A10 template order). */
export declare function renderSlurmHeader(fields: SlurmProviderFields, context?: ScriptContext): RenderedSlurmScript;
export interface SbatchOverride {
    /** The canonical setting both directives write (`sbatchSettingName`). */
    readonly setting: string;
    /** The earlier directive, whose value is lost. */
    readonly overridden: Directive;
    /** The later directive that replaces it. */
    readonly by: Directive;
}
export interface EffectiveSbatchSettings {
    /** Setting name → the directive whose value sbatch keeps. */
    readonly effective: ReadonlyMap<string, Directive>;
    /** In script order. */
    readonly overrides: readonly SbatchOverride[];
}
/**
 * Within a script the last occurrence of a setting wins, silently (slurm.md A2, verified: two
 * `--time`, two `-p`, two `--mem`, two values on one line). Options that write the same field
 * count as one setting (`--exclusive`/`--oversubscribe`, `--cluster`/`--clusters`, ...).
 * Command-line-only options are left out: sbatch ignores them in a script.
 */
export declare function effectiveSbatchSettings(directives: readonly Directive[], component?: number): EffectiveSbatchSettings;
