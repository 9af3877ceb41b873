import { SourceText } from '../document/source.js';
import { type Job } from '../model/jobs.js';
import { type ResolvedTarget } from '../catalog/index.js';
import { type Diagnostic, type Severity, type SuppressedDiagnostic } from './diagnostic.js';
import type { ClusterProfile } from '../site/profile.js';
import type { SbatchAnswer } from '../site/sbatch-answer.js';
import type { SlurmRelease } from '../scheduler/slurm/options.js';
import type { RequiredFields, Rule } from './rule.js';
export type RuleSetting = Severity | 'off';
export interface LintOptions {
    readonly rules: readonly Rule[];
    readonly target: ResolvedTarget;
    /** Per-rule severity overrides; `off` means the rule does not run at all. */
    readonly settings?: ReadonlyMap<string, RuleSetting>;
    /** Honour `# parsl-lint-disable…` comments (default true; `--no-inline-config` turns them off). */
    readonly inlineConfig?: boolean;
    /** What the site requires of each provider, from the linter's config; none by default. */
    readonly requiredFields?: RequiredFields;
    /** The site's cluster profile, for the rules that judge partitions and node sizes; none by default. */
    readonly profile?: ClusterProfile;
    /** Long sbatch options the site's SPANK plugins add (`container-image`); none by default. */
    readonly slurmPluginOptions?: readonly string[];
    /** The site's Slurm release (`--slurm`, `[slurm] release`); undefined: judge for 22.05 … 25.11. */
    readonly slurmRelease?: SlurmRelease;
    /** With --sbatch-test: sbatch's answers to the scripts of the file's Slurm providers. */
    readonly sbatchAnswer?: (script: string) => SbatchAnswer | undefined;
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
