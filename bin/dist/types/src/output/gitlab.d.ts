import type { FileOutcome } from './results.js';
export declare function formatGitlab(reports: readonly FileOutcome[]): string;
