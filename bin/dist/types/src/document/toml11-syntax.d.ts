/**
 * The TOML 1.1-only forms in a document parsed as TOML 1.1, for a reader of TOML 1.0 (QIIME 2
 * before 2026.7). TOML 1.1.0 (https://github.com/toml-lang/toml/blob/1.1.0/CHANGELOG.md) adds:
 * newlines and a trailing comma in inline tables, the `\e` and `\xHH` escapes, times without
 * seconds, and control characters in comments. Each is found with its span and, where the same
 * value can be written in TOML 1.0, that spelling.
 */
import type { AST } from 'toml-eslint-parser';
import type { Span } from './source.js';
export interface Toml11Form {
    /** What the form is, as a noun phrase: "a multi-line inline table". */
    readonly what: string;
    readonly span: Span;
    /** What to write instead, as an instruction: "write \u001b instead, the same character". */
    readonly advice: string;
    /** The same value in TOML 1.0, where it can be written in place; the text replaces `span`. */
    readonly replacement?: string;
}
export declare function findToml11Forms(program: AST.TOMLProgram, text: string): Toml11Form[];
