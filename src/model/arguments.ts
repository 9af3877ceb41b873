/**
 * The keyword arguments QIIME 2 passes to parsl constructors: each key of `[parsl]` (to
 * `parsl.Config`) and of every object table whose class the target release has, with the
 * signature it is checked against.
 */
import type { ClassSpec, ParslCatalog, ResolvedTarget } from '../catalog/index.js';
import type { TomlEntry } from '../document/tree.js';
import type { ParslObject, QiimeConfig } from './config.js';
import { objectClass } from './object-class.js';

export interface KeywordArgument {
  readonly entry: TomlEntry;
  /** The constructor the argument goes to (`Config` for `[parsl]`). */
  readonly spec: ClassSpec;
  /** The other arguments of the same call. */
  readonly siblings: ReadonlyMap<string, TomlEntry>;
  /** The object table; undefined for `[parsl]` itself. */
  readonly object: ParslObject | undefined;
}

export function* keywordArguments(config: QiimeConfig, target: ResolvedTarget, catalog: ParslCatalog): Generator<KeywordArgument> {
  for (const entry of config.configParams.values()) yield { entry, spec: catalog.config, siblings: config.configParams, object: undefined };
  for (const object of config.objects) {
    const spec = objectClass(object, target, catalog);
    // An abstract class cannot be built at all (unknown-class says so): its arguments do not matter.
    if (!spec || spec.abstract) continue;
    for (const entry of object.params.values()) yield { entry, spec, siblings: object.params, object };
  }
}
