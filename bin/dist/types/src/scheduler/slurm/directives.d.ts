import type { HeaderScan, ScanOptions } from './types.js';
export type { DirectiveMarker, SlurmScannedLine, SourcedText, DirectiveForm, Directive, DirectiveProblemKind, ProblemConsequence, DirectiveProblem, HeaderScan, ScanOptions } from './types.js';
export declare function scanBatchHeader(text: string, options?: ScanOptions): HeaderScan;
