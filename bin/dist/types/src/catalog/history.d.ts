import { type ParamSpec } from './parsl.js';
export interface ReleaseChange {
    /** The first parsl release with the change (exact), or the first catalogued one showing it. */
    readonly release: string;
    readonly exact: boolean;
    /** When not exact: the catalogued release before, the change falling in (after, release]. */
    readonly after: string | undefined;
    /** The parsl pull request, `Parsl/parsl#3605`, where known. */
    readonly reference: string | undefined;
}
type SignatureFields = Partial<Pick<ParamSpec, 'type' | 'default' | 'required'>>;
/** A parameter whose annotation, default or requiredness changed; only the changed fields. */
export interface SignatureChange extends ReleaseChange {
    readonly from: SignatureFields;
    readonly to: SignatureFields;
}
export interface History {
    /** The oldest and newest catalogued parsl releases that have it. */
    readonly firstSeen: string;
    readonly lastSeen: string;
    /** Undefined when it is in the oldest catalogued release. */
    readonly appeared: ReleaseChange | undefined;
    /** Still accepted, with a warning, from this release. */
    readonly deprecated: ReleaseChange | undefined;
    /** Undefined when it is in the newest catalogued release. */
    readonly removed: ReleaseChange | undefined;
    /** The new name, where parsl renamed rather than dropped it (`max_workers` → `max_workers_per_node`). */
    readonly renamedTo: string | undefined;
    readonly note: string | undefined;
    readonly changes: readonly SignatureChange[];
}
/** A class QIIME 2 can reach in some catalogued parsl release (or Config); undefined otherwise. */
export declare function classHistory(className: string): History | undefined;
/** A constructor parameter of such a class; undefined when no catalogued release has it. */
export declare function paramHistory(className: string, param: string): History | undefined;
/** `in parsl 2024.09.09`, or `between parsl 2024.04.15 and 2024.09.09` when not exact. */
export declare function describeChange(change: ReleaseChange): string;
export {};
