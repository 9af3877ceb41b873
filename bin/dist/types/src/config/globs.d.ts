/**
 * A pattern that matches a folder matches everything inside it (`legacy` is `legacy/**`).
 * picomatch is loaded only for a config that has globs: most runs have none.
 */
export declare function globMatcher(patterns: readonly string[], base: string): Promise<(file: string) => boolean>;
