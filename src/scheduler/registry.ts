/**
 * Every batch scheduler parsl-lint knows, and which provider classes submit to each. Providers
 * that are not here (LocalProvider, the cloud ones, KubernetesProvider) run their blocks without
 * a batch job: they derive from parsl's ExecutionProvider directly, where these derive from
 * ClusterProvider (parsl/providers/cluster_provider.py); test/catalog checks the registry against
 * the catalog's per-release `batchScheduler` flags.
 */
import type { SchedulerAdapter } from './adapter.js';
import { cobalt } from './cobalt/adapter.js';
import { condor } from './condor/adapter.js';
import { gridEngine } from './grid-engine/adapter.js';
import { lsf } from './lsf/adapter.js';
import { pbs } from './pbs/adapter.js';
import { slurm } from './slurm/adapter.js';

export const SCHEDULERS: readonly SchedulerAdapter[] = [slurm, pbs, lsf, gridEngine, condor, cobalt];

const BY_PROVIDER: ReadonlyMap<string, SchedulerAdapter> = new Map(SCHEDULERS.flatMap((adapter) => adapter.providers.map((provider) => [provider, adapter] as const)));

/** The scheduler a provider class submits to; undefined for providers without a batch job. */
export function schedulerOf(providerClass: string | undefined): SchedulerAdapter | undefined {
  return providerClass === undefined ? undefined : BY_PROVIDER.get(providerClass);
}

/** Every provider class that submits to a batch scheduler. */
export const BATCH_PROVIDERS: readonly string[] = [...BY_PROVIDER.keys()];
