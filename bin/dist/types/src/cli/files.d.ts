export interface InputFile {
    /** Absolute path. */
    readonly file: string;
    /** False for files found by walking a directory (or named, with onlyParslConfigs): those without a parsl config are skipped. */
    readonly explicit: boolean;
    /** Named as it is on the command line, not matched by a glob: told when `exclude` leaves it out (as ESLint does). */
    readonly literal: boolean;
}
export interface ResolveOptions {
    readonly onlyParslConfigs?: boolean;
    /** Told about each path a directory walk could not use (the rest is linted). */
    readonly warn?: (message: string) => void;
    /** False (--no-error-on-unmatched-pattern): a path that does not exist or a glob that matches nothing is skipped, not a usage error. */
    readonly errorOnUnmatchedPattern?: boolean;
}
export declare function resolveFiles(inputs: readonly string[], cwd: string, options?: ResolveOptions): Promise<InputFile[]>;
/** How a path is shown: relative to the working directory, with `/` separators. */
export declare function displayPath(file: string, cwd: string): string;
/**
 * Whether a file found by walking a directory is a parsl config: it mentions a `parsl` table
 * (`[parsl]`, `[[parsl.executors]]`, `parsl.x = …`, `parsl = {…}`). A cheap look at the text,
 * so that broken configs are still linted while unrelated TOML files are not parsed at all.
 */
export declare function looksLikeParslConfig(text: string): boolean;
