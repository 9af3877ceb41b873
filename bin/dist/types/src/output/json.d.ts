import { type FileOutcome } from './results.js';
export declare function formatJson(reports: readonly FileOutcome[]): string;
