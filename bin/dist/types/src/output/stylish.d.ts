/**
 * Output for people: diagnostics grouped by file, each with its headline, the source line with the
 * offending span underlined, the why and the repair on lines of their own (`= note:`, `= help:`,
 * as rustc prints them), the rule id and its page, and a closing count. A diagnostic that `--fix`
 * can fix is marked `[*]`, as ruff marks them.
 */
import type { ChalkInstance } from 'chalk';
import { ReportTally, type FileReport } from './results.js';
export interface StylishOptions {
    /**
     * The fixes were just applied (--fix, --diff): what is left cannot be fixed by running again,
     * so nothing is marked (as ruff does in that mode).
     */
    readonly fixing?: boolean;
}
/** The whole report at once; the command writes it file by file (formatStylishFile, formatStylishSummary). */
export declare function formatStylish(reports: readonly FileReport[], chalk: ChalkInstance, options?: StylishOptions): string;
/**
 * One file's block, followed by a blank line; '' for a file without diagnostics. Written as
 * each file is done, so that a run does not keep every file's text to the end.
 */
export declare function formatStylishFile(report: FileReport, chalk: ChalkInstance, options?: StylishOptions): string;
/** The closing count, after the files' blocks. */
export declare function formatStylishSummary(tally: ReportTally, chalk: ChalkInstance): string;
