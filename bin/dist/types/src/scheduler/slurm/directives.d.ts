import type { Directive, HeaderScan, ScanOptions } from './types.js';
export type { DirectiveMarker, SlurmScannedLine, SourcedText, DirectiveForm, Directive, DirectiveProblemKind, ProblemConsequence, DirectiveProblem, HeaderScan, ScanOptions } from './types.js';
/** A directive as a user writes it: `--time=10`, `-p short`, `--exclusive`. */
export declare function directiveText(directive: Directive): string;
export declare function scanBatchHeader(text: string, options?: ScanOptions): HeaderScan;
