/**
 * Output for people: diagnostics grouped by file, each with the source line and the offending
 * span underlined, the rule id and its page, and a closing count.
 */
import type { ChalkInstance } from 'chalk';
import { type FileReport } from './results.js';
export declare function formatStylish(reports: readonly FileReport[], chalk: ChalkInstance): string;
