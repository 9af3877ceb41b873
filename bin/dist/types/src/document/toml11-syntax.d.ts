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
