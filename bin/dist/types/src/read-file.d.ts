/** A path that is not something to read as a config; `code` is EISDIR for a directory. */
export declare class NotAFileError extends Error {
    readonly code?: string | undefined;
    constructor(message: string, code?: string | undefined);
}
export declare function readRegularFile(file: string): Buffer;
/** Why a file could not be read, in words: `permission denied`, `is a named pipe (FIFO), not a regular file`. */
export declare function readProblem(error: unknown): string;
