/**
 * parsl-lint as a library: the package's entry point (`import { lintText } from 'parsl-lint'`).
 * The same engine, rules and formatters as the command; see "Library API" in README.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveTarget } from './catalog/index.js';
import { resolveSlurmRelease } from './scheduler/slurm/releases.js';
import { displayPath, looksLikeParslConfig, resolveFiles } from './cli/files.js';
import type { CliOptions } from './cli/options.js';
import { SettingsFinder } from './cli/settings.js';
import { SEVERITIES, type Diagnostic, type FixSafety, type SuppressedDiagnostic } from './engine/diagnostic.js';
import { ruleNames } from './engine/rule-names.js';
import { lintBytes, lintText as lintWith, type LintOptions, type RuleSetting } from './engine/lint.js';
import type { RuleMeta } from './engine/rule.js';
import { ruleDocsUrl } from './engine/docs.js';
import { Chalk } from 'chalk';
import { fixText } from './fixes/fix-text.js';
import { formatStylish as stylish } from './output/stylish.js';
import type { FileReport } from './output/results.js';
import { RULES } from '../rules/index.js';

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
export const rules: readonly RuleInfo[] = RULES.map((rule) => ({ ...rule.meta, docs: ruleDocsUrl(rule.meta.id) }));

/** The command's report for people; colour (ANSI escapes) only when asked for. */
export function formatStylish(reports: readonly FileReport[], options: { readonly color?: boolean } = {}): string {
  return stylish(reports, new Chalk({ level: options.color ? 1 : 0 }));
}

/** Lints a config given as text. No config file is read: pass the settings you want. */
export function lintText(text: string, options: LintTextOptions = {}): LintReport {
  const result = lintWith(text, lintOptions(options));
  return { path: options.filePath ?? '<text>', source: result.source, diagnostics: result.diagnostics, suppressed: result.suppressed, syntaxError: result.syntaxError };
}

export interface FixResult {
  /** The fixed text (the input itself when nothing was fixed, or it is not valid TOML). */
  readonly output: string;
  readonly applied: number;
  /** What is left in the fixed text. */
  readonly report: LintReport;
}

/** Applies the safe fixes (with `unsafe: true`, the unsafe ones too) until none is left, as --fix does. */
export function applyFixes(text: string, options: LintTextOptions & { readonly unsafe?: boolean } = {}): FixResult {
  const safety: FixSafety = options.unsafe ? 'unsafe' : 'safe';
  const outcome = fixText(text, lintOptions(options), safety);
  const { result } = outcome;
  return {
    output: outcome.text,
    applied: outcome.applied,
    report: { path: options.filePath ?? '<text>', source: result.source, diagnostics: result.diagnostics, suppressed: result.suppressed, syntaxError: result.syntaxError },
  };
}

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
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintReport[]> {
  const cwd = options.cwd ?? process.cwd();
  const finder = new SettingsFinder(commandOptions(paths, options), RULES, cwd);
  const reports: LintReport[] = [];
  for (const input of await resolveFiles(paths, cwd)) {
    const settings = await finder.forFile(input.file);
    if (settings.excluded(input.file)) continue;
    const bytes = await readFile(input.file);
    const wanted = input.explicit || (settings.included ? settings.included(input.file) : looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (!wanted) continue;
    const result = lintBytes(bytes, settings.lintOptions);
    reports.push({ path: displayPath(input.file, cwd), source: result.source, diagnostics: result.diagnostics, suppressed: result.suppressed, syntaxError: result.syntaxError });
  }
  return reports;
}

function lintOptions(options: LintTextOptions): LintOptions {
  return {
    rules: RULES,
    target: resolveTarget({ qiime2: options.qiime2, parsl: options.parsl }),
    settings: ruleSettings(options.rules),
    inlineConfig: options.inlineConfig ?? true,
    ...(options.slurm !== undefined && { slurmRelease: resolveSlurmRelease(options.slurm).release }),
  };
}

/** Rule settings by id (or former id); an unknown name or setting is an error, as on the command line. */
function ruleSettings(settings: Readonly<Record<string, RuleSetting>> = {}): Map<string, RuleSetting> {
  const names = ruleNames(RULES);
  return new Map(
    Object.entries(settings).map(([name, setting]) => {
      const id = names.get(name);
      if (id === undefined) throw new Error(`parsl-lint: unknown rule "${name}"`);
      if (setting !== 'off' && !SEVERITIES.includes(setting)) throw new Error(`parsl-lint: rule ${name}: the setting must be off, info, warning or error, got "${String(setting)}"`);
      return [id, setting];
    }),
  );
}

/** The command's options that choose each file's settings; the rest are the command's defaults. */
function commandOptions(paths: readonly string[], options: LintFilesOptions): CliOptions {
  return {
    inputs: paths.map((input) => path.normalize(input)),
    format: 'json',
    outputFile: undefined,
    quiet: false,
    maxWarnings: -1,
    settings: ruleSettings(options.rules),
    stdinFilename: undefined,
    color: false,
    qiime2: options.qiime2,
    parsl: options.parsl,
    slurm: options.slurm,
    debug: false,
    fix: undefined,
    diff: false,
    config: options.config,
    inlineConfig: options.inlineConfig ?? true,
    printConfig: undefined,
    onlyParslConfigs: false,
    sbatchTest: false,
    warnIgnored: true,
    errorOnUnmatchedPattern: true,
  };
}
