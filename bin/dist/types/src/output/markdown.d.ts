import { type FileOutcome } from './results.js';
export declare function formatMarkdown(reports: readonly FileOutcome[]): string;
