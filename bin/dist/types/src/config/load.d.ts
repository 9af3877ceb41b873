import { type LinterConfig } from './config.js';
/** In the order they are looked for in each folder: the first one found there wins. */
export declare const CONFIG_FILE_NAMES: string[];
/**
 * The settings in `file`; undefined when there is no such file, or when it is a pyproject.toml
 * without a [tool.parsl-lint] table. `shown` is how messages name the file.
 */
export declare function loadConfig(file: string, ruleIds: readonly string[], shown: string): Promise<LinterConfig | undefined>;
