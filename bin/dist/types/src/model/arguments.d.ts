/**
 * The keyword arguments QIIME 2 passes to parsl constructors: each key of `[parsl]` (to
 * `parsl.Config`) and of every object table whose class the target release has, with the
 * signature it is checked against.
 */
import type { ClassSpec, ParslCatalog, ResolvedTarget } from '../catalog/index.js';
import type { TomlEntry } from '../document/tree.js';
import type { ParslObject, QiimeConfig } from './config.js';
export interface KeywordArgument {
    readonly entry: TomlEntry;
    /** The constructor the argument goes to (`Config` for `[parsl]`). */
    readonly spec: ClassSpec;
    /** The other arguments of the same call. */
    readonly siblings: ReadonlyMap<string, TomlEntry>;
    /** The object table; undefined for `[parsl]` itself. */
    readonly object: ParslObject | undefined;
}
export declare function keywordArguments(config: QiimeConfig, target: ResolvedTarget, catalog: ParslCatalog): Generator<KeywordArgument>;
