import { type FileReport } from './results.js';
export declare function formatMarkdown(reports: readonly FileReport[]): string;
