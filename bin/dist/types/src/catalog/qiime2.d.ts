export interface Qiime2Release {
    /** `YYYY.M`, as QIIME 2 names its releases: `2024.10`. */
    readonly version: string;
    readonly status: 'released' | 'development';
    /** The catalogued parsl release to check against (see parslPinKnown). */
    readonly parsl: string;
    /** False when the release's parsl pin was not found and `parsl` is the nearest catalogued one (2023.5). */
    readonly parslPinKnown: boolean;
    /** The tomlkit the release pins, which reads the config file (src/catalog/tomlkit.ts says what it accepts). */
    readonly tomlkit: string;
    /** False when the tomlkit pin was not found and the nearest release's stands in (2023.5). */
    readonly tomlkitPinKnown: boolean;
    readonly note: string | undefined;
    /**
     * `flat`: `[parsl.executor_mapping]` with `action = "label"` (≤ 2024.5); `per-plugin`:
     * `[parsl.executor_mapping.<plugin_id>]` (≥ 2024.10, where a flat mapping is a TypeError).
     * research/qiime2.md §1.5.
     */
    readonly executorMapping: 'flat' | 'per-plugin';
    /**
     * Whether a `launcher(s)` table can be built: 2023.5–2023.9 searched the module
     * `parsl.launcher`, so any launcher table raised ModuleNotFoundError. research/qiime2.md §1.3, §1.8.
     */
    readonly launcherTables: boolean;
    /** Whether arrays of tables below the top level (`[[parsl.executors.provider.channels]]`) are built: from 2024.2 (§1.3). */
    readonly nestedLists: boolean;
    /**
     * Labels of the built-in default config's executors (§1.4, §1.6): ThreadPoolExecutor `default`
     * and HTEX `htex` up to 2024.5; ThreadPoolExecutor `tpool` and HTEX `default` from 2024.10.
     */
    readonly defaultLabels: {
        readonly threadPool: string;
        readonly htex: string;
    };
}
/** Every release from 2023.5 (the first with parsl support), oldest first. */
export declare const QIIME2_RELEASES: readonly Qiime2Release[];
/** The newest release that is out (2026.7 per research/qiime2.md; 2026.10 is in development). */
export declare const NEWEST_QIIME2_RELEASE: Qiime2Release;
/** A release by `2024.10`, `2024.10.0` or `2024.10.1` (any patch level); throws for an unknown one. */
export declare function qiime2Release(version: string): Qiime2Release;
