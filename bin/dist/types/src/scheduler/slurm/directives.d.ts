import { type SlurmRelease } from './options.js';
import type { Directive, HeaderScan, ScanOptions } from './types.js';
export type { DirectiveMarker, SlurmScannedLine, SourcedText, DirectiveForm, Directive, DirectiveProblemKind, ProblemConsequence, DirectiveProblem, HeaderScan, ScanOptions } from './types.js';
/** A directive as a user writes it: `--time=10`, `-p short`, `--exclusive`. */
export declare function directiveText(directive: Directive): string;
export declare function scanBatchHeader(text: string, options?: ScanOptions): HeaderScan;
export interface ReleaseScan {
    readonly release: SlurmRelease;
    readonly scan: HeaderScan;
}
/**
 * The header as each of `releases` reads it. Releases differ in two things only: the tokeniser
 * (from 24.05 `\ ` joins an argument, which matters only where the text has a backslash) and the
 * option table getopt resolves names in. So the lines are read once per tokeniser, and getopt runs
 * once per different resolution of the names and letters the script holds: for most scripts,
 * once for all releases. Each result is exactly what a scan for that release alone gives.
 */
export declare function scanBatchHeaderByRelease(text: string, releases: readonly SlurmRelease[]): ReleaseScan[];
