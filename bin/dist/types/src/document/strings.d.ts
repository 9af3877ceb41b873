/**
 * Where each character of a TOML string's value was written in the source.
 *
 * Rules that look inside a string (a `#SBATCH` line in `scheduler_options`, a command in
 * `worker_init`) report a range of the value; this maps it back through quotes, escapes and
 * line-ending backslashes to the exact columns in the file.
 */
import type { Span } from './source.js';
import type { TomlScalar } from './tree.js';
export interface StringLocator {
    /** Source span of the value's characters [start, end). */
    spanOf(start: number, end: number): Span;
}
/**
 * locateString for every string of one source, each string's offset map built once: a rule
 * that reports N ranges inside one string (N `#SBATCH` lines) would otherwise rebuild it N times.
 */
export declare function stringLocator(source: string): (node: TomlScalar & {
    value: string;
}) => StringLocator;
export declare function locateString(source: string, node: TomlScalar & {
    value: string;
}): StringLocator;
