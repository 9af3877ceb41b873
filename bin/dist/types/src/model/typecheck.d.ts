/**
 * Whether the value QIIME 2 passes for a TOML value satisfies a parsl annotation, as typeguard
 * checks it in a `@typechecked` constructor (typeguard 2.x and 4.x, research/qiime2.md §1.3):
 * an int or bool passes for a float, a bool for an int, a str for a Sequence[str]; TOML has no
 * None and no tuple. QIIME 2 passes TOML values as they are, except a table under a key of
 * OBJECT_KEYS, which becomes an object of that module (a list of them for an array).
 */
import { type ModuleGroup, type PythonType } from '../catalog/index.js';
import type { TomlNode } from '../document/tree.js';
export interface TypeMismatch {
    /** The value that fails: the value itself or, for a list, the first item that fails. */
    readonly node: TomlNode;
    /** Why no TOML value can pass, when that is the case (a tuple, a function, a Python object). */
    readonly unwritable?: string;
}
/** Undefined when typeguard accepts what QIIME 2 passes for `node`, written under `key`. */
export declare function checkValue(type: PythonType, node: TomlNode, key: string | undefined): TypeMismatch | undefined;
/** The parsl module whose objects an annotation such as `ExecutionProvider` wants; undefined for other classes. */
export declare function baseClassGroup(name: string): ModuleGroup | undefined;
/** What a TOML value is, in a message: "a string", "an array", "a table". */
export declare function describeNode(node: TomlNode): string;
