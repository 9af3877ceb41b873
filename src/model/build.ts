/**
 * TOML document → QiimeConfig, following QIIME 2's `load_config_from_dict` / `_process_key`
 * (research/qiime2.md §1.3, §1.5): only the root `parsl` table is read; `executor_mapping` is
 * taken out of it first; every other key is a `parsl.Config` argument; a key named in
 * `module_paths` becomes an object (a list of them for an array), recursively inside objects.
 */
import type { TomlDocument } from '../document/parse.js';
import { isTable, type TomlEntry, type TomlNode } from '../document/tree.js';
import type { Executor, ExecutorMapping, MappingAssignment, ParslObject, QiimeConfig } from './config.js';
import { OBJECT_KEYS, type ModuleGroup } from '../catalog/index.js';

export function buildModel(document: TomlDocument): QiimeConfig {
  const parsl = document.root.entries.get('parsl');
  const parslTable = isTable(parsl?.value) ? parsl.value : undefined;
  const configParams = new Map(parslTable ? [...parslTable.entries].filter(([key]) => key !== 'executor_mapping') : []);

  const objects: ParslObject[] = [];
  const topLevel = [...configParams.values()].flatMap((entry) => objectsUnder(entry, undefined, objects));
  const executorsEntry = configParams.get('executors');
  const executors = topLevel.filter((object): object is Executor => object.entry === executorsEntry);

  const mappingEntry = parslTable?.entries.get('executor_mapping');
  return {
    document,
    parsl,
    parslTable,
    configParams,
    executorsEntry,
    executors,
    objects,
    mapping: mappingEntry ? buildMapping(mappingEntry) : undefined,
  };
}

/** The objects QIIME 2 builds from one entry: none, one, or one per array item. */
function objectsUnder(entry: TomlEntry, parent: ParslObject | undefined, all: ParslObject[]): ParslObject[] {
  const group = OBJECT_KEYS.get(entry.key);
  if (!group) return [];
  const nodes = entry.value.kind === 'array' ? entry.value.items : [entry.value];
  return nodes.map((node) => buildObject(group, entry, node, parent, all));
}

function buildObject(group: ModuleGroup, entry: TomlEntry, node: TomlNode, parent: ParslObject | undefined, all: ParslObject[]): ParslObject {
  const table = isTable(node) ? node : undefined;
  const classEntry = table?.entries.get('class');
  const className = classEntry?.value.kind === 'scalar' && classEntry.value.type === 'string' ? (classEntry.value.value as string) : undefined;
  const params = new Map(table ? [...table.entries].filter(([key]) => key !== 'class') : []);
  const children: ParslObject[] = [];
  const object = { group, entry, node, table, classEntry, className, params, children, parent } as ParslObject & { provider?: ParslObject };
  all.push(object);
  for (const param of params.values()) children.push(...objectsUnder(param, object, all));
  if (group === 'executors') object.provider = children.find((child) => child.entry.key === 'provider');
  return object;
}

function buildMapping(entry: TomlEntry): ExecutorMapping {
  const flat: MappingAssignment[] = [];
  const perPlugin: MappingAssignment[] = [];
  if (isTable(entry.value)) {
    for (const outer of entry.value.entries.values()) {
      if (isTable(outer.value)) {
        for (const inner of outer.value.entries.values()) perPlugin.push({ plugin: outer, action: inner, label: inner.value });
      } else {
        flat.push({ plugin: undefined, action: outer, label: outer.value });
      }
    }
  }
  return { entry, flat, perPlugin };
}

