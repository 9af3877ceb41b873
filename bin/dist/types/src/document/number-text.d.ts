/**
 * A TOML number as a message shows it. JavaScript's own rendering of the value, unless that is not
 * what the file says: an integer beyond 2^53 is rounded in a double (9223372036854775807 prints
 * as 9223372036854776000), and a float may print as `1e+21`, `Infinity` or `NaN`, which are not
 * TOML. Those are shown as written.
 */
import type { TomlScalar } from './tree.js';
export declare function numberText(node: TomlScalar): string;
/** A scalar as a message quotes it: a string in double quotes, anything else as `numberText` shows it. */
export declare function scalarText(node: TomlScalar): string;
