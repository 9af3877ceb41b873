import type { RuleMeta } from '../engine/rule.js';
import type { FileOutcome } from './results.js';
export interface SarifTool {
    readonly version: string;
    readonly informationUri: string;
    readonly rules: readonly RuleMeta[];
}
export declare function formatSarif(reports: readonly FileOutcome[], tool: SarifTool): string;
