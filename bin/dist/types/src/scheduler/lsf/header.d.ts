import { type RenderedScript, type ScriptContext } from '../rendered-script.js';
/** The parameters that shape the script, by their parsl names; unset means parsl's default. */
export interface LsfProviderFields {
    /** Default `'00:10:00'`. */
    readonly walltime?: string;
    /** Default 1. */
    readonly nodes_per_block?: number;
    readonly cores_per_block?: number | null;
    readonly cores_per_node?: number | null;
    /** Default true. */
    readonly request_by_nodes?: boolean;
    readonly project?: string | null;
    readonly queue?: string | null;
    /** Default `''`. */
    readonly scheduler_options?: string;
    /** Default `''`. */
    readonly worker_init?: string;
}
export type LsfProviderField = keyof LsfProviderFields;
/**
 * When parsl would raise before writing any script (an assertion in `__init__` when cores are
 * requested without both core counts, a walltime `wtime_to_minutes` cannot read in `submit()`),
 * what it would need is left out; the rest is what parsl would write once that is fixed.
 */
export declare function renderLsfHeader(fields: LsfProviderFields, context?: ScriptContext): RenderedScript<LsfProviderField>;
