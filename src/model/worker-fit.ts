/**
 * How many workers a HighThroughputExecutor starts on each node, by parsl's own arithmetic.
 *
 * parsl/executors/high_throughput/process_worker_pool.py (tags 2024.04.15 and 2026.02.23):
 *
 *     worker_count = min(max_workers_per_node, mem_slots, floor(cores_on_node / cores_per_worker))
 *     mem_slots    = floor(available_mem_on_node / mem_per_worker)   # when mem_per_worker > 0
 *
 * where cores_on_node and available_mem_on_node come from PARSL_CORES and PARSL_MEMORY_GB, which
 * SlurmProvider exports from cores_per_node and mem_per_node, and CondorProvider from
 * cores_per_slot and mem_per_slot (their `submit()`); executor.py computes the same minimum from the
 * provider's fields to size its blocks. Other providers export neither, so the pool counts the
 * machine's CPUs and memory, which a config cannot tell.
 */
import type { ParslCatalog } from '../catalog/index.js';
import { schedulerOf } from '../scheduler/registry.js';
import type { Executor, ParslObject } from './config.js';
import { numberSetting, type Setting } from './settings.js';

export interface NamedSetting {
  readonly name: string;
  readonly setting: Setting<number>;
}

export interface WorkerFit {
  readonly coresPerWorker: NamedSetting;
  readonly memPerWorker: NamedSetting | undefined;
  /** `max_workers_per_node`, else its older name `max_workers` (parsl uses the first set above 0); unset means no limit. */
  readonly maxWorkers: NamedSetting | undefined;
  /** The provider's cores and memory (GB) per node, when written. */
  readonly nodeCores: NamedSetting | undefined;
  readonly nodeMemory: NamedSetting | undefined;
  /** floor(node cores / cores_per_worker), when both are known. */
  readonly byCores: number | undefined;
  /** floor(node memory / mem_per_worker), when both are known and mem_per_worker > 0. */
  readonly byMemory: number | undefined;
}

export function workerFit(executor: Executor, catalog: ParslCatalog): WorkerFit | undefined {
  const provider = executor.provider;
  const fields = provider?.group === 'providers' ? schedulerOf(provider.className)?.nodeFields : undefined;
  const coresPerWorker = named(executor, 'cores_per_worker');
  if (!provider || !fields || !coresPerWorker) return undefined;
  const nodeCores = written(provider, fields.cores);
  const nodeMemory = written(provider, fields.memory);
  const memPerWorker = written(executor, 'mem_per_worker');
  const maxWorkers = ['max_workers_per_node', 'max_workers'].map((name) => written(executor, name)).find((found) => found && found.setting.value > 0);
  return {
    coresPerWorker,
    memPerWorker,
    maxWorkers,
    nodeCores,
    nodeMemory,
    byCores: nodeCores && coresPerWorker.setting.value > 0 ? Math.floor(nodeCores.setting.value / coresPerWorker.setting.value) : undefined,
    byMemory: nodeMemory && memPerWorker && memPerWorker.setting.value > 0 ? Math.floor(nodeMemory.setting.value / memPerWorker.setting.value) : undefined,
  };

  function named(object: ParslObject, name: string): NamedSetting | undefined {
    const setting = numberSetting(object, name, catalog);
    return setting && { name, setting };
  }
  function written(object: ParslObject, name: string): NamedSetting | undefined {
    const found = named(object, name);
    return found?.setting.entry ? found : undefined;
  }
}
