/**
 * Which launcher starts the worker pools of a provider's blocks, and how many nodes it uses.
 * parsl/launchers/launchers.py (identical in 2024.04.15 and 2026.02.23): most launchers start
 * tasks_per_node × nodes_per_block copies of the worker command spread over the block's nodes;
 * SingleNodeLauncher starts all of them on the node the batch script runs on; SimpleLauncher and
 * WrappedLauncher run the command once, whatever nodes_per_block is.
 */
import type { ParslCatalog } from '../catalog/index.js';
import type { ParslObject } from './config.js';
export type LauncherReach = 'spreads-over-nodes' | 'first-node-only' | 'runs-once';
export interface ProviderLauncher {
    readonly className: string;
    /** No `launcher` table: the provider's default in the target release. */
    readonly isDefault: boolean;
    readonly reach: LauncherReach;
}
/** Undefined when the launcher table has no class or the provider's default is unknown. */
export declare function providerLauncher(provider: ParslObject, catalog: ParslCatalog): ProviderLauncher | undefined;
