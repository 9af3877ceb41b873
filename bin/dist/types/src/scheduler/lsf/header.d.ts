import { type RenderedScript, type ScriptContext } from '../rendered-script.js';
/** The parameters that shape the script, by their parsl names, with the target release's defaults where unwritten (src/model/jobs.ts). */
export interface LsfProviderFields {
    readonly walltime: string;
    readonly nodes_per_block: number;
    readonly cores_per_block?: number | null;
    readonly cores_per_node?: number | null;
    readonly request_by_nodes: boolean;
    readonly project?: string | null;
    readonly queue?: string | null;
    readonly scheduler_options: string;
    readonly worker_init: string;
}
export type LsfProviderField = keyof LsfProviderFields;
/**
 * When parsl would raise before writing any script (an assertion in `__init__` when cores are
 * requested without both core counts, a walltime `wtime_to_minutes` cannot read in `submit()`),
 * what it would need is left out; the rest is what parsl would write once that is fixed.
 */
export declare function renderLsfHeader(fields: LsfProviderFields, context?: ScriptContext): RenderedScript<LsfProviderField>;
