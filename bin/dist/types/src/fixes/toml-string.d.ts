/** Values written into TOML by fixes. */
/**
 * `value` as a TOML basic string, quotes included. Escapes what TOML forbids raw in a basic string:
 * `"`, `\`, control characters and DEL (U+007F), which JSON.stringify leaves unescaped.
 */
export declare function tomlBasicString(value: string): string;
type StringStyle = 'basic' | 'literal' | 'multiline-basic' | 'multiline-literal';
/**
 * `text` as it must be written inside an existing TOML string of that style, so that the string's
 * value gains exactly `text`; undefined where that style cannot hold it (a newline in a one-line
 * literal string, `'''` in a multi-line one).
 */
export declare function tomlStringContent(style: StringStyle, text: string): string | undefined;
export {};
