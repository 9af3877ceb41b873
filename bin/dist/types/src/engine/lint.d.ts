import { SourceText } from '../document/source.js';
import { type Job } from '../model/jobs.js';
import type { SlurmRelease } from '../scheduler/slurm/options.js';
import { type RuleOptions } from './active-rules.js';
import { type Diagnostic, type SuppressedDiagnostic } from './diagnostic.js';
export type { RuleSetting } from './active-rules.js';
export interface LintOptions extends RuleOptions {
    /** Honour `# parsl-lint-disable…` comments (default true; `--no-inline-config` turns them off). */
    readonly inlineConfig?: boolean;
    /** The site's Slurm release (`--slurm`, `[slurm] release`); undefined: judge for 22.05 … 25.11. */
    readonly slurmRelease?: SlurmRelease;
}
export interface LintResult {
    readonly source: SourceText;
    readonly diagnostics: readonly Diagnostic[];
    /** Diagnostics silenced by a `# parsl-lint-disable…` comment, with the comment's reason. */
    readonly suppressed: readonly SuppressedDiagnostic[];
    /** The file was not valid TOML (or not UTF-8), so only `toml-syntax` could judge it. */
    readonly syntaxError: boolean;
    /** The batch jobs the config asks for (none when it is not valid TOML). */
    readonly jobs: readonly Job[];
}
export declare function lintBytes(bytes: Uint8Array, options: LintOptions): LintResult;
export declare function lintText(text: string, options: LintOptions): LintResult;
