import { type Qiime2Release } from './qiime2.js';
export interface ResolvedTarget {
    readonly qiime2: Qiime2Release | undefined;
    /** A catalogued parsl release, `YYYY.MM.DD`. */
    readonly parsl: string;
    /** The parsl version asked for, when it is not catalogued and `parsl` is the newest catalogued one before it. */
    readonly parslAsked?: string;
}
export interface TargetRequest {
    readonly qiime2?: string | undefined;
    readonly parsl?: string | undefined;
}
/**
 * Neither given: the newest released QIIME 2. `qiime2` alone: that release and its pinned parsl.
 * `parsl` alone: that parsl, no QIIME 2. Both: the QIIME 2 release with that parsl instead of its
 * pin (an environment with parsl upgraded). A parsl version that is not catalogued stands for the
 * newest catalogued release at or before it (`parslAsked` keeps it, describeSubstitution says so).
 * Unknown QIIME 2 releases and malformed or too old parsl versions throw, naming the known ones.
 */
export declare function resolveTarget(request: TargetRequest): ResolvedTarget;
/** What the command line says once when a parsl version stood for another: undefined when none did. */
export declare function describeSubstitution(target: ResolvedTarget): string | undefined;
/** How a rule names the release it judged against: "QIIME 2 2026.7 (parsl 2026.02.23)". */
export declare function describeTarget(target: ResolvedTarget): string;
/** Who builds the objects, as the subject of a failure: "QIIME 2 2026.7 (parsl 2026.02.23)", or "QIIME 2 with parsl 2026.02.23". */
export declare function describeLoader(target: ResolvedTarget): string;
