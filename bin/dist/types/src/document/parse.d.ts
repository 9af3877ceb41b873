import type { Span } from './source.js';
import type { TomlTable } from './tree.js';
export interface TomlComment {
    /** The comment's text after the `#`. */
    readonly text: string;
    readonly span: Span;
}
export interface TomlDocument {
    readonly root: TomlTable;
    readonly comments: readonly TomlComment[];
}
export interface TomlSyntaxError {
    readonly message: string;
    readonly offset: number;
}
export type ParseResult = {
    ok: true;
    document: TomlDocument;
} | {
    ok: false;
    error: TomlSyntaxError;
};
export declare function parseDocument(text: string): ParseResult;
