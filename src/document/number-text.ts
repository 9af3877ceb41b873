/**
 * A TOML number as a message shows it. JavaScript's own rendering of the value, unless that is not
 * what the file says: an integer beyond 2^53 is rounded in a double (9223372036854775807 prints
 * as 9223372036854776000), and a float may print as `1e+21`, `Infinity` or `NaN`, which are not
 * TOML. Those are shown as written.
 */
import type { TomlScalar } from './tree.js';

export function numberText(node: TomlScalar): string {
  const { value, literal } = node;
  if (typeof value !== 'number' || literal === undefined) return String(value);
  const exact = node.type === 'integer' ? Number.isSafeInteger(value) : Number.isFinite(value) && !/e/i.test(String(value));
  return exact ? String(value) : literal;
}

/** A scalar as a message quotes it: a string in double quotes, anything else as `numberText` shows it. */
export function scalarText(node: TomlScalar): string {
  return typeof node.value === 'string' ? JSON.stringify(node.value) : numberText(node);
}
