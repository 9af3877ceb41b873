import type { FileReport } from './results.js';
export declare function formatGitlab(reports: readonly FileReport[]): string;
