import type { FixSafety } from '../engine/diagnostic.js';
import { type LintOptions, type LintResult } from '../engine/lint.js';
export declare const MAX_PASSES = 10;
export interface FixOutcome {
    readonly text: string;
    /** The lint of the fixed text: what is left. */
    readonly result: LintResult;
    /** How many fixes were applied, over all passes. */
    readonly applied: number;
    /** Rules whose fix made the file invalid TOML; those fixes were undone. */
    readonly broken: readonly string[];
    /** False when fixes were still coming after MAX_PASSES passes (fixes that undo each other). */
    readonly converged: boolean;
}
export declare function fixText(text: string, options: LintOptions, safety: FixSafety): FixOutcome;
