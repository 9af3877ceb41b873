/**
 * The batch script parsl's PBSProProvider and TorqueProvider write, line by line, with where each
 * line came from, and which of its options qsub keeps.
 *
 * Sources (parsl-signatures/README.md "Batch-script headers"): parsl
 * `parsl/providers/pbspro/template.py`, `parsl/providers/torque/template.py` and the two
 * `submit()`s, read at Parsl/parsl b8b474c7 and at tag 2024.04.15 (same shape; before 2024.04.15
 * PBS Pro's `-o`/`-e` were `<script_dir>/<job>.submit.stdout` like Torque's). PBSProProvider
 * subclasses TorqueProvider; neither is typechecked, and both pass `queue` and `account` on qsub's
 * command line (`qsub -q <queue> -A <account> <script>`), not in the script.
 */
import { type RenderedScript, type ScriptContext } from '../rendered-script.js';
import { type SettingOverride, type WrittenSetting } from '../overrides.js';
export type PbsProviderClass = 'PBSProProvider' | 'TorqueProvider';
/** TorqueProvider's parameters that shape the script, by their parsl names, with the target release's defaults where unwritten (src/model/jobs.ts). */
export interface TorqueProviderFields {
    /** Written as given. */
    readonly walltime: string;
    readonly nodes_per_block: number;
    readonly queue?: string | null;
    readonly account?: string | null;
    readonly scheduler_options: string;
    readonly worker_init: string;
}
/** PBSProProvider's: Torque's and two of its own. */
export interface PbsProProviderFields extends TorqueProviderFields {
    readonly cpus_per_node: number;
    readonly select_options: string;
}
export type PbsProviderFields = TorqueProviderFields | PbsProProviderFields;
export type PbsProviderField = keyof PbsProProviderFields;
export interface RenderedPbsScript extends RenderedScript<PbsProviderField> {
    /** The options parsl puts on qsub's command line, from `queue` and `account`. */
    readonly commandLine: readonly WrittenSetting[];
}
export declare function renderPbsHeader(provider: 'PBSProProvider', fields: PbsProProviderFields, context?: ScriptContext): RenderedPbsScript;
export declare function renderPbsHeader(provider: 'TorqueProvider', fields: TorqueProviderFields, context?: ScriptContext): RenderedPbsScript;
export declare function renderPbsHeader(provider: PbsProviderClass, fields: PbsProviderFields, context?: ScriptContext): RenderedPbsScript;
/**
 * - The command line beats the script (qsub(1B) of OpenPBS: "Attributes set via command-line
 *   options take precedence over those set using PBS directives"; Torque's qsub reads the script
 *   first and its command line second into the same table, `main_func()` in qsub_functions.c).
 * - PBS Pro, within the script: the last occurrence of an option wins (`process_opts()` in
 *   src/cmds/qsub.c), except for `-l` resources, where the first wins: `set_resources()`
 *   (src/lib/Libcmds/set_resource.c, the same since v14.1.0) adds a directive's resource only if
 *   the list has none of that name yet. Checked by compiling that function from v23.06.06.
 * - Torque, within the script: the last value wins, resources included (its options table
 *   replaces entries: `hash_add_item()`, and "the logic of last added element remains" in
 *   src/lib/Libcmds/add_verify_resources.c).
 */
export declare function pbsOverrides(provider: PbsProviderClass, written: readonly WrittenSetting[], commandLine: readonly WrittenSetting[]): SettingOverride[];
