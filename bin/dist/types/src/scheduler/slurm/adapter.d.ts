/**
 * Slurm: SlurmProvider submits with `sbatch`. Rendering follows parsl's template and `submit()`
 * (header.ts); reading follows sbatch's own header parser (directives.ts), once for each judged
 * Slurm release: the one the user names (`--slurm`, `[slurm] release`), else every release from
 * 22.05 to 25.11, so that an option only newer releases know is not called unknown, a refusal is
 * an error only where every release refuses it (`--get-user-env=10L`, `--exclusive=topo`), and
 * what the releases disagree on is known (release-verdicts.ts).
 */
import type { ReadingContext, SchedulerAdapter, ScriptReading, SubmittedScript } from '../adapter.js';
export { directiveText } from './directives.js';
export declare const slurm: SchedulerAdapter;
export declare function readSlurmScript(script: SubmittedScript, context?: ReadingContext): ScriptReading;
