/**
 * What each judged Slurm release makes of every option the user wrote: the same header read by
 * sbatch 22.05 and by 25.11 can be a job and a refusal (`--tres-per-task` came in 23.02), or two
 * different jobs (`--extra=2` is `--extra-node-info` until 23.02 adds `--extra`). The scans of
 * the releases are lined up by where each option starts in the script.
 */
import type { Span } from '../../document/source.js';
import { type DirectiveProblem, type ReleaseScan } from './directives.js';
import type { SlurmRelease } from './options.js';
/**
 * - `accepted`: read as the long option `option`; without `option`, nothing at that place this
 *   release objects to (a stray argument an older tokeniser made, which this one joins);
 * - `refused`: sbatch refuses the job, `message` says why, `says` is sbatch's first line, `span`
 *   shows what it refuses;
 * - `unknown`: a long option this release does not have and no release ever had, which only a
 *   site's SPANK plugin could add.
 */
export type ReleaseVerdict = {
    readonly kind: 'accepted';
    readonly option?: string;
} | {
    readonly kind: 'refused';
    readonly message: string;
    readonly says: string;
    readonly span: Span;
    readonly line: number;
} | {
    readonly kind: 'unknown';
    readonly problem: DirectiveProblem;
};
/** One option the user wrote, as each judged release reads it. */
export interface OptionVerdicts {
    /** The option (with its value, where every release read one) in the script. */
    readonly span: Span;
    /** 0-based line of the script. */
    readonly line: number;
    /** As written: `--extra=2`. */
    readonly text: string;
    /** In the order of the judged releases, oldest first. */
    readonly verdicts: readonly {
        readonly release: SlurmRelease;
        readonly verdict: ReleaseVerdict;
    }[];
}
/**
 * Every place in the user's lines where some judged release finds an option or a refusal, with
 * each release's verdict. `isUserLine` says which script lines the user wrote; `text` is the
 * script.
 */
export declare function releaseVerdicts(text: string, scans: readonly ReleaseScan[], isUserLine: (line: number) => boolean): OptionVerdicts[];
type Refused = Extract<ReleaseVerdict, {
    kind: 'refused';
}>;
/** The newest judged release's refusal, when every judged release refuses the job over this option (an unknown option excepted). */
export declare function refusedByEvery(verdicts: OptionVerdicts): Refused | undefined;
/** Whether the judged releases do not all read this option alike. */
export declare function releasesDisagree(verdicts: OptionVerdicts): boolean;
/** Verdicts that mean the same for the job are one class: two refusals, whatever the reason. */
export declare function verdictClass(verdict: ReleaseVerdict): string;
export {};
