/**
 * One linear pass over the text before the parser runs, for two things the parser cannot be
 * trusted with:
 * - nesting too deep for the target's reader (keys with too many dotted fragments, values nested
 *   too deep): found here in one pass, before the parser recurses into it or the tree builder
 *   copies a 40,000-segment path 40,000 times;
 * - string literals too long for toml-eslint-parser, which builds each string with
 *   `String.fromCodePoint(...codePoints)` and overflows the stack past about 120,000 characters.
 *
 * It knows just enough TOML to tell keys from values and strings from the rest. On a document
 * that is not valid TOML it may see less than the parser; the parser then reports the error.
 */
import type { DepthLimits } from './dialect.js';
export type StringKind = 'basic' | 'literal' | 'multiline-basic' | 'multiline-literal';
export interface StringToken {
    readonly kind: StringKind;
    /** The whole literal, delimiters included. */
    readonly start: number;
    readonly end: number;
    /** Between the delimiters. */
    readonly bodyStart: number;
    readonly bodyEnd: number;
}
export interface PrescanResult {
    /** The first place the reader would refuse as too deep, if any. */
    readonly tooDeep: {
        readonly message: string;
        readonly offset: number;
    } | undefined;
    /** Literals with a body longer than `longString` UTF-16 units, for src/document/string-literals.ts. */
    readonly piecewise: readonly StringToken[];
}
export declare function prescan(text: string, depth: DepthLimits, longString: number): PrescanResult;
