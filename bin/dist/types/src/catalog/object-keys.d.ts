/**
 * The keys QIIME 2 turns into parsl objects, at any depth, and the parsl package each class is
 * looked up in: `module_paths` in qiime2/sdk/parallel_config.py, the same eleven keys in every
 * release 2023.5.0–2024.10.0 (research/qiime2.md §1.3, "Object construction"). Up to 2023.9 the
 * launcher keys searched the misspelt `parsl.launcher`: see Qiime2Release.launcherTables.
 */
export type ModuleGroup = 'executors' | 'providers' | 'launchers' | 'channels' | 'monitoring' | 'data_provider';
export declare const MODULE_GROUPS: readonly ModuleGroup[];
export declare const OBJECT_KEYS: ReadonlyMap<string, ModuleGroup>;
