import { type DirectiveScan } from '../directive-scan.js';
import type { WrittenSetting } from '../overrides.js';
export type PbsFlavour = 'pbspro' | 'torque';
export interface PbsScan extends DirectiveScan {
    /**
     * What the directives read before the header ended set, in script order: one entry per option,
     * and one per resource of a `-l` list (key `-l walltime`).
     */
    readonly settings: readonly WrittenSetting[];
}
export declare function scanPbsScript(text: string, flavour: PbsFlavour): PbsScan;
