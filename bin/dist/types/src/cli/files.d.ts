export interface InputFile {
    /** Absolute path. */
    readonly file: string;
    /** False for files found by walking a directory (or named, with onlyParslConfigs): those without a parsl config are skipped. */
    readonly explicit: boolean;
}
export interface ResolveOptions {
    readonly onlyParslConfigs?: boolean;
    /** Told about each path a directory walk could not use (the rest is linted). */
    readonly warn?: (message: string) => void;
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
