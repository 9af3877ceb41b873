export interface Walk {
    /** Absolute paths of the `*.toml` files found. */
    readonly files: string[];
    /** A path the walk could not use, and why, for the user. */
    readonly warnings: string[];
}
/** `skipNames`: file names never picked (parsl-lint's own config files). `shown` names a path in warnings. */
export declare function walkTomlFiles(root: string, skipNames: readonly string[], shown: (file: string) => string): Walk;
