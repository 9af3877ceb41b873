/**
 * What a batch job asks the cluster for, as a user plans with it: per block and at `max_blocks`,
 * nodes, cores, memory and walltime, the workers HighThroughputExecutor starts on each node, and
 * the most core-hours the provider can hold at once.
 *
 * - Blocks: parsl never runs more than `max_blocks` blocks of one provider
 *   (parsl/jobs/strategy.py), each a job of `nodes_per_block` nodes.
 * - Workers per node: HighThroughputExecutor's own arithmetic (src/model/worker-fit.ts).
 * - Walltime: minutes as `wtime_to_minutes()` reads `H:M:S` (src/scheduler/walltime.ts).
 * - The worker command: src/model/worker-launch.ts.
 */
import type { ParslCatalog } from '../catalog/index.js';
import { parslWalltimeToMinutes } from '../scheduler/walltime.js';
import type { Executor, ParslObject } from './config.js';
import type { FieldValues } from '../scheduler/adapter.js';
import { numberSetting } from './settings.js';
import { workerFit } from './worker-fit.js';
import { workerLaunch, type WorkerLaunch } from './worker-launch.js';

export interface JobPlan {
  readonly nodesPerBlock: number | undefined;
  /** The cores asked for on each node (`cores_per_node`, PBS's `cpus_per_node`); undefined: the scheduler's default. */
  readonly coresPerNode: number | undefined;
  /** GB asked for on each node (`mem_per_node`); undefined: the scheduler's default. */
  readonly memoryPerNodeGB: number | undefined;
  readonly walltimeMinutes: number | undefined;
  readonly initBlocks: number | undefined;
  readonly maxBlocks: number | undefined;
  /** Workers HighThroughputExecutor starts per node, when the config tells (cores or a worker limit). */
  readonly workersPerNode: number | undefined;
  /** max_blocks × nodes_per_block × cores_per_node × walltime, when all are known. */
  readonly maxCoreHours: number | undefined;
  /** The worker pool command parsl appends to the script, and how the launcher runs it. */
  readonly workers: WorkerLaunch | undefined;
}

export function planJob(provider: ParslObject, executor: Executor | undefined, fields: FieldValues, catalog: ParslCatalog): JobPlan {
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const nodesPerBlock = number(fields['nodes_per_block']);
  const coresPerNode = number(fields['cores_per_node']) ?? number(fields['cpus_per_node']);
  const walltime = typeof fields['walltime'] === 'string' ? parslWalltimeToMinutes(fields['walltime']) : undefined;
  const walltimeMinutes = walltime?.ok ? walltime.minutes : undefined;
  const maxBlocks = numberSetting(provider, 'max_blocks', catalog)?.value;
  const known = [maxBlocks, nodesPerBlock, coresPerNode, walltimeMinutes];
  let workers: { readonly launch: WorkerLaunch | undefined } | undefined;
  return {
    nodesPerBlock,
    coresPerNode,
    memoryPerNodeGB: number(fields['mem_per_node']),
    walltimeMinutes,
    initBlocks: numberSetting(provider, 'init_blocks', catalog)?.value,
    maxBlocks,
    workersPerNode: executor && workersPerNode(executor, catalog),
    maxCoreHours: known.every((value) => value !== undefined) ? (maxBlocks! * nodesPerBlock! * coresPerNode! * walltimeMinutes!) / 60 : undefined,
    // Worked out when first read: only `explain` shows it, and it is a tenth of the cost of a job.
    get workers() {
      workers ??= { launch: executor && workerLaunch(executor, provider, catalog) };
      return workers.launch;
    },
  };
}

/** `min(max_workers_per_node, mem_slots, cpu_slots)` where the provider's fields tell them. */
function workersPerNode(executor: Executor, catalog: ParslCatalog): number | undefined {
  if (executor.className !== 'HighThroughputExecutor') return undefined;
  const fit = workerFit(executor, catalog);
  if (!fit) return undefined;
  const limits = [fit.byCores, fit.byMemory, fit.maxWorkers?.setting.value].filter((limit): limit is number => limit !== undefined && Number.isFinite(limit));
  return limits.length > 0 ? Math.min(...limits) : undefined;
}
