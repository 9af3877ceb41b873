import { type FileReport } from './results.js';
export declare function formatJson(reports: readonly FileReport[]): string;
