/**
 * The parsl class QIIME 2 instantiates for an object table, in the target release: the name
 * looked up in the object's module, except `_TEST_EXECUTOR_`, QIIME 2's own ThreadPoolExecutor
 * subclass for its tests (qiime2/sdk/parallel_config.py, 2023.7 on; research/qiime2.md §1.3).
 */
import { type ClassSpec, type ParslCatalog, type ResolvedTarget } from '../catalog/index.js';
import type { ParslObject } from './config.js';
export declare const TEST_EXECUTOR = "_TEST_EXECUTOR_";
/** Undefined when the class is missing, unknown in its module, or the module cannot be imported. */
export declare function objectClass(object: ParslObject, target: ResolvedTarget, catalog: ParslCatalog): ClassSpec | undefined;
