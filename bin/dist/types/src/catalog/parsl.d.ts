import { type ModuleGroup } from './object-keys.js';
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
/** The catalogued parsl releases, oldest first (the `releases` history.json was derived from). */
export declare const PARSL_RELEASES: readonly string[];
/**
 * The catalogued release that stands for a parsl version: the version itself, or, for one not
 * catalogued, the newest catalogued release at or before it (parsl's weekly releases between two
 * catalogued ones add and remove parameters the catalog cannot know of; the one before has been
 * checked). Throws for a version that is not `YYYY.MM.DD` or is older than every catalogued one.
 */
export declare function nearestParslRelease(version: string): {
    readonly release: string;
    readonly catalogued: boolean;
};
/** The catalog of a parsl release (either spelling); throws for a release not catalogued. */
export declare function parslCatalog(version: string): ParslCatalog;
