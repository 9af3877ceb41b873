import type { FileOutcome } from './results.js';
export declare function formatCompact(reports: readonly FileOutcome[]): string;
