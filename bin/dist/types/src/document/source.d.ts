export interface Span {
    /** Offset of the first code unit. */
    readonly start: number;
    /** Offset just past the last code unit. */
    readonly end: number;
}
export interface Position {
    readonly line: number;
    readonly column: number;
}
export declare class SourceText {
    readonly text: string;
    private readonly lineStarts;
    constructor(text: string);
    positionAt(offset: number): Position;
    /** The text starts with a byte order mark (U+FEFF), kept in `text` so that edits can remove it. */
    get hasBom(): boolean;
    /** The text of a 1-based line, without its line break (nor, on the first line, a byte order mark). */
    lineText(line: number): string;
    get lineCount(): number;
    slice(span: Span): string;
}
export type DecodeResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    offset: number;
    message: string;
};
/**
 * Decode a file's bytes as TOML requires: strict UTF-8. On invalid UTF-8 the offset is that of
 * the text decoded before the first bad byte.
 */
export declare function decodeToml(bytes: Uint8Array): DecodeResult;
