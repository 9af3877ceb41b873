/**
 * TOML document → QiimeConfig, following QIIME 2's `load_config_from_dict` / `_process_key`
 * (research/qiime2.md §1.3, §1.5): only the root `parsl` table is read; `executor_mapping` is
 * taken out of it first; every other key is a `parsl.Config` argument; a key named in
 * `module_paths` becomes an object (a list of them for an array), recursively inside objects.
 */
import type { TomlDocument } from '../document/parse.js';
import type { QiimeConfig } from './config.js';
export declare function buildModel(document: TomlDocument): QiimeConfig;
