/**
 * Every batch scheduler parsl-lint knows, and which provider classes submit to each. Providers
 * that are not here (LocalProvider, the cloud ones, KubernetesProvider) run their blocks without
 * a batch job: they derive from parsl's ExecutionProvider directly, where these derive from
 * ClusterProvider (parsl/providers/cluster_provider.py); test/catalog checks the registry against
 * the catalog's per-release `batchScheduler` flags.
 */
import type { SchedulerAdapter } from './adapter.js';
export declare const SCHEDULERS: readonly SchedulerAdapter[];
/** The scheduler a provider class submits to; undefined for providers without a batch job. */
export declare function schedulerOf(providerClass: string | undefined): SchedulerAdapter | undefined;
/** Every provider class that submits to a batch scheduler. */
export declare const BATCH_PROVIDERS: readonly string[];
