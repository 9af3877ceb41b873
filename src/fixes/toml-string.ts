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

type StringStyle = 'basic' | 'literal' | 'multiline-basic' | 'multiline-literal';

/**
 * `text` as it must be written inside an existing TOML string of that style, so that the string's
 * value gains exactly `text`; undefined where that style cannot hold it (a newline in a one-line
 * literal string, `'''` in a multi-line one).
 */
export function tomlStringContent(style: StringStyle, text: string): string | undefined {
  switch (style) {
    case 'basic':
      return tomlBasicString(text).slice(1, -1);
    case 'multiline-basic':
      // Newlines and tabs may stand as they are; quotes only need escaping where three would close the string.
      return text.replace(/[\\\u0000-\u0008\u000b-\u001f\u007f]|"(?="")/g, (char) => (char === '"' ? '\\"' : tomlBasicString(char).slice(1, -1)));
    case 'literal':
      return /['\u0000-\u0008\u000a-\u001f\u007f]/.test(text) ? undefined : text;
    case 'multiline-literal':
      return text.includes("'''") || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(text) ? undefined : text;
  }
}
