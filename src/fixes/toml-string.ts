/** Values written into TOML by fixes. */

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/**
 * `value` as a TOML basic string, quotes included. Escapes what TOML forbids raw in a basic string:
 * `"`, `\`, control characters and DEL (U+007F), which JSON.stringify leaves unescaped.
 */
export function tomlBasicString(value: string): string {
  const escaped = value.replace(/["\\\u0000-\u001f\u007f]/g, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `"${escaped}"`;
}
