/** A problem with how parsl-lint was called or what it was pointed at: exit code 2, one line on stderr. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
