import type { FileReport } from './results.js';
export declare function formatCompact(reports: readonly FileReport[]): string;
