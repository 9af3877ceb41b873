/**
 * The command parsl runs in each block of a HighThroughputExecutor: the worker pool command line,
 * wrapped by the provider's launcher and put after `worker_init` in the batch script.
 *
 * parsl/executors/high_throughput/executor.py, tags 2023.08.28 … 2026.02.23: the executor keeps
 * `launch_cmd` (its default template when unset or empty), `initialize_scaling()` fills the
 * template with `str.format` once the interchange is up (so Python's str() of every value), and
 * `_get_launch_command(block_id)` fills `{block_id}` per block. parsl/executors/status_handling.py
 * then calls `provider.submit(command, 1, job_name)`, and every batch provider's `submit()` puts
 * `self.launcher(command, tasks_per_node=1, self.nodes_per_block)` in the script as
 * `$user_script` (parsl/providers/slurm/slurm.py, template.py).
 */
import { type ParslCatalog } from '../catalog/index.js';
import type { Executor, ParslObject } from './config.js';
export interface WorkerLaunch {
    /** The launcher class: the one written, or the provider's default in the target release. */
    readonly launcher: string;
    /** The worker pool command line; `<…>` stands for what is only known when parsl runs. */
    readonly command: string;
    /** What the launcher runs on each node of a block, in short. */
    readonly perNode: string;
}
/** Undefined for other executors, a custom `launch_cmd`, or a provider whose launcher is unknown. */
export declare function workerLaunch(executor: Executor, provider: ParslObject, catalog: ParslCatalog): WorkerLaunch | undefined;
/**
 * repr(float): the shortest digits that round-trip (JS finds the same ones), positional when the
 * decimal exponent is in -4 … 15, else `1e+16` / `1e-05` (two exponent digits at least), and
 * always a `.0` on a whole number.
 */
export declare function pythonFloat(value: number): string;
