/**
 * What the PBS, LSF and Grid Engine scanners report about a batch script, in one shape, so that
 * the rules about ignored directives and overridden options need not know the scheduler, and the
 * line reading all five scanners share (Slurm's adds its own findings: slurm/directives.ts).
 * Positions are offsets in the scanned script; line numbers are 0-based.
 */
import type { Span } from '../document/source.js';
/**
 * - `directive`: a line the scheduler reads options from (or the continuation of one);
 * - `ignored-directive`: a directive line after the header has ended, which is skipped;
 * - `command`: a line whose first non-blank character is not `#`;
 * - `comment`: any other line starting, after blanks, with `#`;
 * - `blank`: whitespace only.
 */
export type LineKind = 'directive' | 'ignored-directive' | 'command' | 'comment' | 'blank';
export interface ScannedLine {
    readonly index: number;
    /** The line without its `\n`. */
    readonly span: Span;
    readonly kind: LineKind;
}
/**
 * - `lookalike-directive`: a comment that was probably meant as a directive (`# PBS -l ...`,
 *   `#bsub -n 4`, an indented `#$`);
 * - `after-header-end`: a directive after the line that ended the header;
 * - `missing-prefix`: an option line without the directive prefix, which the shell runs as a
 *   command.
 */
export type DirectiveIssueKind = 'lookalike-directive' | 'after-header-end' | 'missing-prefix';
export interface DirectiveIssue {
    readonly kind: DirectiveIssueKind;
    readonly span: Span;
    readonly line: number;
    readonly message: string;
    /** An edit of the script that makes the line the directive it was meant to be. */
    readonly repair?: {
        readonly span: Span;
        readonly text: string;
        readonly description: string;
    };
}
export interface DirectiveScan {
    readonly lines: readonly ScannedLine[];
    /** Index of the line that ended the header, for schedulers that stop reading there. */
    readonly headerEnd?: number;
    readonly issues: readonly DirectiveIssue[];
}
export interface TextLine {
    readonly index: number;
    readonly text: string;
    readonly span: Span;
}
export declare function splitLines(text: string): TextLine[];
/** C's isspace() in the "C" locale; false past the end of the text. */
export declare function isCSpace(char: string | undefined): boolean;
/** What a shell-script line is by its first non-blank character. */
export declare function commentOrCommand(line: string): 'command' | 'comment' | 'blank';
export declare function leadingBlanks(line: string): number;
/**
 * A line holding only a short option of qsub or bsub (`-l walltime=1:00:00`, `-n 4`), i.e. a
 * directive whose prefix was left out. A long option (`--mem=8G`) is not one: these commands have
 * none, so such a line was copied from a Slurm example.
 */
export declare function isBareShortOption(line: string): boolean;
/** The issue for a bare option line, with the repair that adds `prefix`. */
export declare function missingPrefix(line: TextLine, prefix: string, consequence: string): DirectiveIssue;
