/** Values written into TOML by fixes. */
/**
 * `value` as a TOML basic string, quotes included. Escapes what TOML forbids raw in a basic string:
 * `"`, `\`, control characters and DEL (U+007F), which JSON.stringify leaves unescaped.
 */
export declare function tomlBasicString(value: string): string;
