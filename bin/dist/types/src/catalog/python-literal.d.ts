/**
 * Defaults in the catalog are Python source as written in parsl (research/parsl-signatures
 * README.md): this turns the simple literals among them into JS values.
 */
import type { ParamSpec } from './parsl.js';
export type PythonValue = string | number | boolean | null;
/**
 * The default as a JS value when it is a plain literal (`'00:10:00'` → "00:10:00", `1` → 1,
 * `True` → true, `None` → null); undefined for anything else (`LocalProvider()`,
 * `(54000, 55000)`, `float('inf')`) and for required parameters.
 */
export declare function pythonDefault(spec: ParamSpec): PythonValue | undefined;
