/**
 * The classes QIIME 2 can instantiate from a given parsl release, with their constructor
 * parameters: catalog/parsl-<version>.json, built by scripts/build-catalog.mjs from
 * research/parsl-signatures (one file per catalogued parsl release).
 */
import { catalogJson } from './data.js';
import { MODULE_GROUPS, type ModuleGroup } from './object-keys.js';

export interface ParamSpec {
  readonly name: string;
  /** The type annotation as written in parsl's source; null when there is none. */
  readonly type: string | null;
  /** The default as Python source (`'00:10:00'`, `None`, `LocalProvider()`); null when required. */
  readonly default: string | null;
  readonly required: boolean;
}

export interface ClassSpec {
  readonly name: string;
  readonly group: ModuleGroup | 'config';
  /** `@typeguard.typechecked` constructor: a wrongly typed value raises TypeError at load. */
  readonly typechecked: boolean;
  /** An abstract base class QIIME 2 finds but Python refuses to construct (parsl.channels.Channel). */
  readonly abstract: boolean;
  /**
   * A provider that submits a job script with a walltime to a batch scheduler (Slurm, PBSPro,
   * Torque, LSF, GridEngine, Condor, Cobalt): one built on parsl's ClusterProvider, per
   * scripts/build-catalog.mjs. False for Local, AdHoc, cloud and Kubernetes, and for non-providers.
   */
  readonly batchScheduler: boolean;
  readonly params: ReadonlyMap<string, ParamSpec>;
}

export interface ParslCatalog {
  readonly version: string;
  /** The names `getattr(parsl.<group>, name)` resolves, sorted by name. */
  classes(group: ModuleGroup): readonly ClassSpec[];
  /** Case-exact, like QIIME 2's getattr. */
  lookup(group: ModuleGroup, name: string): ClassSpec | undefined;
  findInAnyGroup(name: string): ClassSpec | undefined;
  /** False when the package itself is gone (`parsl.channels` from 2024.12.09): ModuleNotFoundError. */
  hasModule(group: ModuleGroup): boolean;
  /** `parsl.Config`, whose keyword arguments are the keys of `[parsl]`. */
  readonly config: ClassSpec;
}

interface RawClass {
  readonly group: ModuleGroup | 'config';
  readonly typechecked: boolean;
  readonly abstract?: boolean;
  readonly batchScheduler?: boolean;
  readonly params: Readonly<Record<string, { type: string | null; default: string | null; required: boolean }>>;
}

interface RawCatalog {
  readonly parsl: string;
  readonly modules: Readonly<Record<ModuleGroup, boolean>>;
  readonly classes: Readonly<Record<string, RawClass>>;
}

/** The catalogued parsl releases, oldest first (the `releases` history.json was derived from). */
export const PARSL_RELEASES: readonly string[] = catalogJson<{ releases: string[] }>('history.json').releases;

/** `2024.4.15` (conda's spelling) or `2024.04.15` (parsl's tag) → `2024.04.15`; undefined if neither. */
function normalizeParslVersion(version: string): string | undefined {
  const match = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(version.trim());
  return match ? `${match[1]}.${match[2]!.padStart(2, '0')}.${match[3]!.padStart(2, '0')}` : undefined;
}

/**
 * The catalogued release that stands for a parsl version: the version itself, or, for one not
 * catalogued, the newest catalogued release at or before it (parsl's weekly releases between two
 * catalogued ones add and remove parameters the catalog cannot know of; the one before has been
 * checked). Throws for a version that is not `YYYY.MM.DD` or is older than every catalogued one.
 */
export function nearestParslRelease(version: string): { readonly release: string; readonly catalogued: boolean } {
  const canonical = normalizeParslVersion(version);
  if (canonical === undefined) {
    throw new Error(`Unknown parsl version "${version}"; did you mean one of ${PARSL_RELEASES.join(', ')}?`);
  }
  // YYYY.MM.DD strings sort as dates.
  const nearest = PARSL_RELEASES.filter((release) => release <= canonical).at(-1);
  if (nearest === undefined) {
    throw new Error(`parsl ${version} is older than every catalogued parsl release (${PARSL_RELEASES.join(', ')})`);
  }
  return { release: nearest, catalogued: nearest === canonical };
}

const catalogs = new Map<string, ParslCatalog>();

/** The catalog of a parsl release (either spelling); throws for a release not catalogued. */
export function parslCatalog(version: string): ParslCatalog {
  // Asked for by every file (and rule), always with the same few spellings.
  const known = catalogs.get(version);
  if (known) return known;
  const canonical = normalizeParslVersion(version);
  if (canonical === undefined || !PARSL_RELEASES.includes(canonical)) {
    throw new Error(`Unknown parsl version "${version}"; did you mean one of ${PARSL_RELEASES.join(', ')}?`);
  }
  let catalog = catalogs.get(canonical);
  if (!catalog) {
    catalog = buildCatalog(catalogJson<RawCatalog>(`parsl-${canonical}.json`));
    catalogs.set(canonical, catalog);
  }
  catalogs.set(version, catalog);
  return catalog;
}

function toClassSpec(name: string, raw: RawClass): ClassSpec {
  const params = new Map<string, ParamSpec>();
  for (const [param, spec] of Object.entries(raw.params)) params.set(param, { name: param, ...spec });
  return {
    name,
    group: raw.group,
    typechecked: raw.typechecked,
    abstract: raw.abstract ?? false,
    batchScheduler: raw.batchScheduler ?? false,
    params,
  };
}

function buildCatalog(raw: RawCatalog): ParslCatalog {
  const byGroup = new Map<ModuleGroup, Map<string, ClassSpec>>(MODULE_GROUPS.map((group) => [group, new Map()]));
  let config: ClassSpec | undefined;
  for (const name of Object.keys(raw.classes).sort()) {
    const spec = toClassSpec(name, raw.classes[name]!);
    if (spec.group === 'config') config = spec;
    else byGroup.get(spec.group)!.set(name, spec);
  }
  if (!config) throw new Error(`catalog/parsl-${raw.parsl}.json has no Config`);
  // A name in two groups is found in the first, in MODULE_GROUPS' order.
  const anyGroup = new Map<string, ClassSpec>();
  for (const group of [...MODULE_GROUPS].reverse()) for (const [name, spec] of byGroup.get(group)!) anyGroup.set(name, spec);
  return {
    version: raw.parsl,
    config,
    classes: (group) => [...byGroup.get(group)!.values()],
    lookup: (group, name) => byGroup.get(group)!.get(name),
    findInAnyGroup: (name) => anyGroup.get(name),
    hasModule: (group) => raw.modules[group],
  };
}
