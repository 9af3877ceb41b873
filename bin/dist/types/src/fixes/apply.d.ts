/** Applying the edits of fixes to a text, keeping the file's line endings and final newline. */
import type { Diagnostic } from '../engine/diagnostic.js';
export interface AppliedFixes {
    readonly text: string;
    /** The diagnostics whose fixes were applied, in the order given. */
    readonly applied: readonly Diagnostic[];
}
/**
 * Applies the fix of each diagnostic, in order. A fix whose edits overlap those of a fix already
 * taken is skipped: the next pass lints the new text and offers it again if it still applies.
 */
export declare function applyFixes(text: string, fixable: readonly Diagnostic[]): AppliedFixes;
/** The file's line ending, from its first line break: a CRLF file stays CRLF. */
export declare function lineEndingOf(text: string): '\n' | '\r\n';
