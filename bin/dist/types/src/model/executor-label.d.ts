/**
 * The label parsl gives an executor: the `label` written, or the class's default
 * (`'threads'` for ThreadPoolExecutor, `'HighThroughputExecutor'` for HTEX; research/qiime2.md
 * §1.3 "Per-executor facts"), which is never `default`.
 */
import { type ParslCatalog } from '../catalog/index.js';
import type { TomlNode } from '../document/tree.js';
import type { Executor } from './config.js';
export interface ExecutorLabel {
    readonly value: string;
    /** The `label` value as written; undefined when the class default applies. */
    readonly written: TomlNode | undefined;
}
/** Undefined when the label is not a string or the class (and so its default) is unknown. */
export declare function executorLabel(executor: Executor, catalog: ParslCatalog): ExecutorLabel | undefined;
