import type { FileOutcome } from './results.js';
export declare function formatGithub(reports: readonly FileOutcome[]): string;
