import { type TomlDialect } from './dialect.js';
import type { Span } from './source.js';
import { type Toml11Form } from './toml11-syntax.js';
import type { TomlTable } from './tree.js';
export type { Toml11Form } from './toml11-syntax.js';
export interface TomlComment {
    /** The comment's text after the `#`. */
    readonly text: string;
    readonly span: Span;
}
export interface TomlDocument {
    readonly root: TomlTable;
    readonly comments: readonly TomlComment[];
    /**
     * TOML 1.1-only forms in a document read for a TOML 1.0 reader, which refuses the file because
     * of them; empty otherwise. The document is then the one a TOML 1.1 reader sees.
     */
    readonly toml11Forms: readonly Toml11Form[];
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
/** Parses `text` as `dialect`'s reader would; without a dialect, as TOML 1.0 (tomlkit before 0.15). */
export declare function parseDocument(source: string, dialect?: TomlDialect): ParseResult;
