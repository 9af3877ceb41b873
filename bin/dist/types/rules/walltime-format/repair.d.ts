/**
 * Turning a walltime written in another convention into parsl's `H:M:S`, when the intent is
 * unmistakable: the walltime-format rule's fix.
 */
export interface WalltimeRepair {
    readonly text: string;
    /** `safe` when the unit is written (`24h`, `1-00:00:00`); `unsafe` when it is inferred. */
    readonly safety: 'safe' | 'unsafe';
    readonly reading: string;
}
export declare function repairWalltime(written: string): WalltimeRepair | undefined;
