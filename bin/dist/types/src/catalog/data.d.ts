/**
 * A file of the package's catalog/ directory, parsed once. The data is read at run time rather
 * than imported, as JSON import attributes need flags on some Node 20 releases.
 */
export declare function catalogJson<T>(name: string): T;
