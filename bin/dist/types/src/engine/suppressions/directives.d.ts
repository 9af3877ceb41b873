/**
 * Suppression comments, in ESLint's words so that users need not learn new ones:
 *
 *   key = 1  # parsl-lint-disable-line RULE      this line, and every line of a key/value that
 *                                                ends or starts on it
 *   # parsl-lint-disable-next-line RULE, RULE    the next line, and every line of the key/value
 *                                                that starts on it (a multi-line string, an array)
 *   # parsl-lint-disable RULE                    at the top of the file, before the first key or
 *                                                header: the whole file; right above a later
 *                                                [header] (no blank line between): that table,
 *                                                up to the next header
 *
 * A rule list is required. What follows ` -- ` is the reason, kept in the JSON output.
 */
import type { TomlDocument } from '../../document/parse.js';
import type { SourceText, Span } from '../../document/source.js';
export type DirectiveKind = 'disable' | 'disable-line' | 'disable-next-line';
export declare const DIRECTIVE_KINDS: readonly DirectiveKind[];
export declare const DIRECTIVE_PREFIX = "parsl-lint-";
export interface DirectiveRule {
    readonly name: string;
    readonly span: Span;
}
/** Lines are 1-based and inclusive; `table` runs from a header to the next one. */
export type DirectiveScope = {
    readonly kind: 'lines';
    readonly first: number;
    readonly last: number;
} | {
    readonly kind: 'table';
    readonly span: Span;
} | {
    readonly kind: 'file';
};
export interface Directive {
    /** What was written after `#`: `parsl-lint-disable-next-line`, or a misspelling of a directive. */
    readonly word: string;
    /** undefined when `word` is not a directive. */
    readonly kind: DirectiveKind | undefined;
    /** The whole comment, `#` included. */
    readonly span: Span;
    readonly line: number;
    readonly rules: readonly DirectiveRule[];
    readonly reason: string | undefined;
    /** undefined when it applies nowhere: a misspelt word, or a `disable` in neither of its places. */
    readonly scope: DirectiveScope | undefined;
}
export declare function readDirectives(document: TomlDocument, source: SourceText): Directive[];
