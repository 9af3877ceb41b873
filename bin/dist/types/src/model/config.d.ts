/**
 * The config as QIIME 2 reads it (research/qiime2.md §1.3): the `[parsl]` table whose keys
 * become `parsl.Config` arguments, the executors, every table QIIME 2 turns into a parsl object,
 * and the executor mapping. Every part keeps the TOML node it came from, so a rule can report at
 * the exact key or value.
 */
import type { TomlDocument } from '../document/parse.js';
import type { TomlEntry, TomlNode, TomlScalar, TomlTable } from '../document/tree.js';
import type { ModuleGroup } from '../catalog/index.js';
/** A value QIIME 2 turns into `getattr(parsl.<module>, class)(**kwargs)`. */
export interface ParslObject {
    /** The parsl module QIIME 2 looks the class up in. */
    readonly group: ModuleGroup;
    /** The key the object is written under (`provider`, `executors`, …). */
    readonly entry: TomlEntry;
    /** The object's table; any other value is a shape error QIIME 2 fails on. */
    readonly node: TomlNode;
    readonly table: TomlTable | undefined;
    readonly classEntry: TomlEntry | undefined;
    /** The class name, when `class` is a string. */
    readonly className: string | undefined;
    /** Constructor keyword arguments: every key of the table except `class`. */
    readonly params: ReadonlyMap<string, TomlEntry>;
    /** Objects among the arguments (an executor's provider, a provider's launcher, …). */
    readonly children: readonly ParslObject[];
    readonly parent: ParslObject | undefined;
}
export interface Executor extends ParslObject {
    readonly group: 'executors';
    readonly provider: ParslObject | undefined;
}
export interface MappingAssignment {
    /** `[parsl.executor_mapping.<plugin>]` from QIIME 2 2024.10 on; absent in the flat form. */
    readonly plugin: TomlEntry | undefined;
    readonly action: TomlEntry;
    /** The executor label the action is sent to (a string when well-formed). */
    readonly label: TomlNode;
}
export interface ExecutorMapping {
    readonly entry: TomlEntry;
    /** Flat `action = "label"` pairs (QIIME 2 ≤ 2024.5). */
    readonly flat: readonly MappingAssignment[];
    /** Per-plugin `[parsl.executor_mapping.plugin] action = "label"` pairs (QIIME 2 ≥ 2024.10). */
    readonly perPlugin: readonly MappingAssignment[];
}
export interface QiimeConfig {
    readonly document: TomlDocument;
    /** The root `parsl` entry; QIIME 2 reads nothing else. */
    readonly parsl: TomlEntry | undefined;
    readonly parslTable: TomlTable | undefined;
    /** `[parsl]` keys other than `executor_mapping`: the keyword arguments of `parsl.Config`. */
    readonly configParams: ReadonlyMap<string, TomlEntry>;
    readonly executorsEntry: TomlEntry | undefined;
    readonly executors: readonly Executor[];
    /** Every object at any depth, executors included, parents before children. */
    readonly objects: readonly ParslObject[];
    readonly mapping: ExecutorMapping | undefined;
}
export declare function stringParam(object: ParslObject, name: string): (TomlScalar & {
    value: string;
}) | undefined;
