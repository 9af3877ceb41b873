/**
 * Text edits, and the ones that take whole `key = value` lines out of a config or move them,
 * keeping every other line as it was. Rules build their fixes from these; the fixer applies them.
 */
import type { Span } from './source.js';
import { type TomlEntry, type TomlTable } from './tree.js';
/** Replace the source text in [start, end) with `text`. Offsets are UTF-16 code units. */
export interface TextEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** The line that holds a span: where it starts and ends (before its line feed), and what else is on it. */
export interface LineAround {
    readonly start: number;
    readonly end: number;
    /** Only blanks before the span and, after it, only blanks and a comment. */
    readonly alone: boolean;
}
/** Removes `key = value` with its line (and a comment after it), when nothing else is on that line. */
export declare function removeEntryLine(text: string, entry: TomlEntry): TextEdit | undefined;
/**
 * Moves a `key = value` line from one table to another, for fixes that put a parameter where it
 * belongs. Only the plain layout is moved: the entry alone on its line(s) and the destination
 * written with a `[header]` or `[[header]]`; anything else gets no fix.
 */
export declare function moveEntryEdits(text: string, entry: TomlEntry, destination: TomlTable): TextEdit[] | undefined;
/** The edit that replaces a node's (or a span's) text with `text`. */
export declare function replace(at: Span | {
    readonly span: Span;
}, text: string): TextEdit;
