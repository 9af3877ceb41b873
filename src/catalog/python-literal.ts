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
export function pythonDefault(spec: ParamSpec): PythonValue | undefined {
  if (spec.default === null) return undefined;
  // The catalog's defaults are few and every file asks for them: each is read once per run.
  if (!literals.has(spec.default)) literals.set(spec.default, pythonLiteral(spec.default));
  return literals.get(spec.default);
}

const literals = new Map<string, PythonValue | undefined>();

const CONSTANTS: ReadonlyMap<string, PythonValue> = new Map([
  ['None', null],
  ['True', true],
  ['False', false],
]);

/** Python int and float literals in decimal: `1`, `-2`, `1_000`, `120.0`, `.5`, `1e3`. */
const NUMBER = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/** A single Python literal (constant, decimal number, or str without f/b prefix) as a JS value. */
function pythonLiteral(source: string): PythonValue | undefined {
  const text = source.trim();
  if (CONSTANTS.has(text)) return CONSTANTS.get(text);
  if (NUMBER.test(text)) return Number(text.replaceAll('_', ''));
  const string = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(text);
  if (!string) return undefined;
  const [, prefix = '', quote = '', body = ''] = string;
  // `'a' + 'b'` or `'a' 'b'` is an expression, not one literal: an unescaped quote inside.
  if (quote.length === 1 && (body.includes('\n') || new RegExp(`(^|[^\\\\])(\\\\\\\\)*${quote}`).test(body))) return undefined;
  return prefix.toLowerCase() === 'r' ? body : unescape(body);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Python's escapes in a non-raw string; an unknown escape such as `\S` keeps its backslash. */
function unescape(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, code: string) => {
    if (code in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[code]!;
    if (/^[xuU]/.test(code) && code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCodePoint(parseInt(code, 8));
    return whole;
  });
}
