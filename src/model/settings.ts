/**
 * The value a parsl object gets for one parameter: what the TOML says, or the target release's
 * default when the key is absent. Rules that compare parameters (blocks, cores, memory) need both
 * the number and whether the user wrote it, to say where a problem is and whose value it is.
 */
import { describeTarget, pythonDefault, type ParslCatalog, type ResolvedTarget } from '../catalog/index.js';
import { numberText } from '../document/number-text.js';
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
export function numberSetting(object: ParslObject, name: string, catalog: ParslCatalog): Setting<number> | undefined {
  return setting(object, name, catalog, (value): value is number => typeof value === 'number');
}

export function booleanSetting(object: ParslObject, name: string, catalog: ParslCatalog): Setting<boolean> | undefined {
  return setting(object, name, catalog, (value): value is boolean => typeof value === 'boolean');
}

function setting<T>(object: ParslObject, name: string, catalog: ParslCatalog, accepts: (value: unknown) => value is T): Setting<T> | undefined {
  const entry = object.params.get(name);
  if (entry) {
    const value = entry.value.kind === 'scalar' ? entry.value.value : undefined;
    return accepts(value) ? { value, entry } : undefined;
  }
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name) : undefined;
  const fallback = spec ? pythonDefault(spec) : undefined;
  return accepts(fallback) ? { value: fallback, entry: undefined } : undefined;
}

/** How a message names a setting: `max_blocks = 4`, or `max_blocks = 1 (the default in QIIME 2 2026.7 (parsl 2026.02.23))`. */
export function describeSetting(name: string, setting: Setting<number | boolean>, target: ResolvedTarget): string {
  return `${name} = ${settingText(setting)}${setting.entry ? '' : ` (the default in ${describeTarget(target)})`}`;
}

/** The value as a message shows it: a written number as the file says it (numberText), beyond 2^53 too. */
export function settingText(setting: Setting<number | boolean>): string {
  const node = setting.entry?.value;
  return node?.kind === 'scalar' ? numberText(node) : String(setting.value);
}
