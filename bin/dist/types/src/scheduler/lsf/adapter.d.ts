/**
 * LSF: LSFProvider submits with `bsub` and writes `#BSUB` directives. Rendering: header.ts;
 * reading: directives.ts. IBM does not document which of two `#BSUB` lines setting the same
 * option wins, so no override is judged.
 */
import type { SchedulerAdapter } from '../adapter.js';
export declare const lsf: SchedulerAdapter;
