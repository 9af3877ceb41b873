/**
 * Output for people: diagnostics grouped by file, each with the source line and the offending
 * span underlined, the rule id and its page, and a closing count.
 */
import type { ChalkInstance } from 'chalk';
import { type FileOutcome, type FileReport } from './results.js';
/** The whole report at once; the command writes it file by file (formatStylishFile, formatStylishSummary). */
export declare function formatStylish(reports: readonly FileReport[], chalk: ChalkInstance): string;
/**
 * One file's block, followed by a blank line; '' for a file without diagnostics. Written as
 * each file is done, so that a run does not keep every file's text to the end.
 */
export declare function formatStylishFile(report: FileReport, chalk: ChalkInstance): string;
/** The closing count, after the files' blocks. */
export declare function formatStylishSummary(reports: readonly FileOutcome[], chalk: ChalkInstance): string;
