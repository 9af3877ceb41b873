/**
 * The value a parsl object gets for one parameter: what the TOML says, or the target release's
 * default when the key is absent. Rules that compare parameters (blocks, cores, memory) need both
 * the number and whether the user wrote it, to say where a problem is and whose value it is.
 */
import { type ParslCatalog, type ResolvedTarget } from '../catalog/index.js';
import type { TomlEntry } from '../document/tree.js';
import type { ParslObject } from './config.js';
export interface Setting<T> {
    readonly value: T;
    /** The entry written in the file; undefined when parsl's default applies. */
    readonly entry: TomlEntry | undefined;
}
/**
 * A number written as a TOML integer or float, or a numeric default. Undefined when the key holds
 * something else (a type error other rules report) or has no numeric default (`None`).
 */
export declare function numberSetting(object: ParslObject, name: string, catalog: ParslCatalog): Setting<number> | undefined;
export declare function booleanSetting(object: ParslObject, name: string, catalog: ParslCatalog): Setting<boolean> | undefined;
/** How a message names a setting: `max_blocks = 4`, or `max_blocks = 1 (the default in QIIME 2 2026.7 (parsl 2026.02.23))`. */
export declare function describeSetting(name: string, setting: Setting<number | boolean>, target: ResolvedTarget): string;
/** The value as a message shows it: a written number as the file says it (numberText), beyond 2^53 too. */
export declare function settingText(setting: Setting<number | boolean>): string;
