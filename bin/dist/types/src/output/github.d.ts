import type { FileReport } from './results.js';
export declare function formatGithub(reports: readonly FileReport[]): string;
