import { type Diagnostic, type SuppressedDiagnostic } from './engine/diagnostic.js';
import { type RuleSetting } from './engine/lint.js';
import type { RuleMeta } from './engine/rule.js';
import type { FileReport } from './output/results.js';
export type { Diagnostic, Fix, FixSafety, Severity, Suggestion, SuppressedDiagnostic } from './engine/diagnostic.js';
export type { TextEdit } from './document/edits.js';
export type { Position, Span } from './document/source.js';
export type { RuleSetting } from './engine/lint.js';
export type { FileReport, Summary } from './output/results.js';
export { summarize } from './output/results.js';
export { formatCompact } from './output/compact.js';
export { formatGithub } from './output/github.js';
export { formatGitlab } from './output/gitlab.js';
export { formatJson } from './output/json.js';
export { formatMarkdown } from './output/markdown.js';
export { formatSarif, type SarifTool } from './output/sarif.js';
export interface LintTextOptions {
    /** The path shown in reports (default `<text>`); it does not select a config file. */
    readonly filePath?: string;
    /** The QIIME 2 release to judge against (default: the newest). */
    readonly qiime2?: string;
    /** The parsl release to judge against, for plain parsl users. */
    readonly parsl?: string;
    /** The site's Slurm release (`23.02`, `slurm 23.02.7`); default: judge for every release from 22.05 to 25.11. */
    readonly slurm?: string;
    /** Rule severities over the defaults, by rule id: `off`, `info`, `warning` or `error`. */
    readonly rules?: Readonly<Record<string, RuleSetting>>;
    /** Honour `# parsl-lint-disable…` comments (default true). */
    readonly inlineConfig?: boolean;
}
/** A linted text or file: what the formatters take, and whether it was valid TOML. */
export interface LintReport extends FileReport {
    readonly diagnostics: readonly Diagnostic[];
    readonly suppressed: readonly SuppressedDiagnostic[];
    readonly syntaxError: boolean;
}
/** A rule's metadata and the address of its page. */
export interface RuleInfo extends RuleMeta {
    readonly docs: string;
}
/** Every rule, in the order the command lists them. */
export declare const rules: readonly RuleInfo[];
/** The command's report for people; colour (ANSI escapes) only when asked for. */
export declare function formatStylish(reports: readonly FileReport[], options?: {
    readonly color?: boolean;
}): string;
/** Lints a config given as text. No config file is read: pass the settings you want. */
export declare function lintText(text: string, options?: LintTextOptions): LintReport;
export interface FixResult {
    /** The fixed text (the input itself when nothing was fixed, or it is not valid TOML). */
    readonly output: string;
    readonly applied: number;
    /** What is left in the fixed text. */
    readonly report: LintReport;
}
/** Applies the safe fixes (with `unsafe: true`, the unsafe ones too) until none is left, as --fix does. */
export declare function applyFixes(text: string, options?: LintTextOptions & {
    readonly unsafe?: boolean;
}): FixResult;
export interface LintFilesOptions extends Omit<LintTextOptions, 'filePath'> {
    /** Paths are resolved, and shown, relative to this directory (default: the working directory). */
    readonly cwd?: string;
    /** A config file for every file, or false for none; default: the closest one, as the command finds it. */
    readonly config?: string | false;
}
/**
 * Lints files, directories and globs as `parsl-lint PATHS…` does: a directory means its parsl
 * configs, each file is judged with the settings of its closest config file (`options` win).
 */
export declare function lintFiles(paths: readonly string[], options?: LintFilesOptions): Promise<LintReport[]>;
