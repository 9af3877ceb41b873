/**
 * Whether the value QIIME 2 passes for a TOML value satisfies a parsl annotation, as typeguard
 * checks it in a `@typechecked` constructor (typeguard 2.x and 4.x, research/qiime2.md §1.3):
 * an int or bool passes for a float, a bool for an int, a str for a Sequence[str]; TOML has no
 * None and no tuple. QIIME 2 passes TOML values as they are, except a table under a key of
 * OBJECT_KEYS, which becomes an object of that module (a list of them for an array).
 */
import { OBJECT_KEYS, type ModuleGroup, type PythonType } from '../catalog/index.js';
import type { TomlNode } from '../document/tree.js';

/** The parsl base class of each module's objects, as constructor annotations name them. */
const BASE_CLASSES: ReadonlyMap<string, ModuleGroup> = new Map([
  ['ParslExecutor', 'executors'],
  ['ExecutionProvider', 'providers'],
  ['Launcher', 'launchers'],
  ['Channel', 'channels'],
  ['MonitoringHub', 'monitoring'],
]);

export interface TypeMismatch {
  /** The value that fails: the value itself or, for a list, the first item that fails. */
  readonly node: TomlNode;
  /** Why no TOML value can pass, when that is the case (a tuple, a function, a Python object). */
  readonly unwritable?: string;
}

/** Undefined when typeguard accepts what QIIME 2 passes for `node`, written under `key`. */
export function checkValue(type: PythonType, node: TomlNode, key: string | undefined): TypeMismatch | undefined {
  const fail = { node };
  switch (type.kind) {
    case 'any':
      return undefined;
    case 'none':
      return fail;
    case 'int':
      return isScalar(node, 'integer', 'boolean') ? undefined : fail;
    case 'float':
      return isScalar(node, 'integer', 'float', 'boolean') ? undefined : fail;
    case 'bool':
      return isScalar(node, 'boolean') ? undefined : fail;
    case 'str':
      return isScalar(node, 'string') ? undefined : fail;
    case 'literal':
      return isScalar(node, 'string') && type.values.includes(node.value as string) ? undefined : fail;
    case 'union':
      return checkUnion(type.members, node, key);
    case 'sequence':
      if (isScalar(node, 'string') && checkValue(type.item, node, key) === undefined) return undefined;
      return checkItems(type.item, node, key);
    case 'list':
      return checkItems(type.item, node, key);
    case 'dict':
      if (node.kind !== 'table' || isObjectKey(key)) return fail;
      // A table under any other key reaches parsl as a plain dict, its contents untouched.
      for (const entry of node.entries.values()) {
        const mismatch = checkValue(type.value, entry.value, undefined);
        if (mismatch) return mismatch;
      }
      return undefined;
    case 'tuple':
      return { node, unwritable: 'a Python tuple, and QIIME 2 passes a TOML array as a list' };
    case 'callable':
      return { node, unwritable: 'a Python function' };
    case 'class': {
      const group = BASE_CLASSES.get(type.name);
      if (group === undefined) return { node, unwritable: `a ${type.name} object, which QIIME 2 cannot build from TOML` };
      return node.kind === 'table' && key !== undefined && OBJECT_KEYS.get(key) === group ? undefined : fail;
    }
  }
}

/** The parsl module whose objects an annotation such as `ExecutionProvider` wants; undefined for other classes. */
export function baseClassGroup(name: string): ModuleGroup | undefined {
  return BASE_CLASSES.get(name);
}

/** What a TOML value is, in a message: "a string", "an array", "a table". */
export function describeNode(node: TomlNode): string {
  if (node.kind === 'scalar') return node.type === 'integer' ? 'an integer' : `a ${node.type}`;
  return node.kind === 'array' ? 'an array' : 'a table';
}

function checkUnion(members: readonly PythonType[], node: TomlNode, key: string | undefined): TypeMismatch | undefined {
  const mismatches: TypeMismatch[] = [];
  for (const member of members) {
    const mismatch = checkValue(member, node, key);
    if (!mismatch) return undefined;
    if (member.kind !== 'none') mismatches.push(mismatch);
  }
  // A member that took the value's shape and failed inside it says more than the value itself.
  const inside = mismatches.find((mismatch) => mismatch.node !== node);
  if (inside) return inside;
  return mismatches.length > 0 && mismatches.every((mismatch) => mismatch.unwritable) ? mismatches[0] : { node };
}

function checkItems(item: PythonType, node: TomlNode, key: string | undefined): TypeMismatch | undefined {
  if (node.kind !== 'array') return { node };
  for (const element of node.items) {
    const mismatch = checkValue(item, element, key);
    if (mismatch) return mismatch;
  }
  return undefined;
}

function isScalar(node: TomlNode, ...types: string[]): node is TomlNode & { kind: 'scalar'; value: string | number | boolean } {
  return node.kind === 'scalar' && types.includes(node.type);
}

function isObjectKey(key: string | undefined): boolean {
  return key !== undefined && OBJECT_KEYS.has(key);
}
