/**
 * Slurm: SlurmProvider submits with `sbatch`. Rendering follows parsl's template and `submit()`
 * (header.ts); reading follows sbatch's own header parser (directives.ts), once with the newest
 * Slurm release's option table (so that newer options are not called unknown) and once with the
 * oldest judged release (so that a refusal is an error only where every release in between
 * refuses it: `--get-user-env=10L`, `--exclusive=topo`).
 */
import type { SchedulerAdapter, ScriptReading, SubmittedScript } from '../adapter.js';
import { type Directive } from './directives.js';
/**
 * Option names are judged against the newest Slurm release: a site on an older one sees an
 * unknown option from sbatch itself, while an option only newer releases know would otherwise be
 * a false alarm for everybody else.
 */
export declare const JUDGED_SLURM_RELEASE: import("./options.js").SlurmRelease;
/** What sbatch refuses is judged against the oldest release as well (22.05, the one the oracle verifies). */
export declare const OLDEST_JUDGED_SLURM_RELEASE: import("./options.js").SlurmRelease;
export declare const slurm: SchedulerAdapter;
export declare function readSlurmScript(script: SubmittedScript): ScriptReading;
/** A directive as a user writes it: `--time=10`, `-p short`, `--exclusive`. */
export declare function directiveText(directive: Directive): string;
