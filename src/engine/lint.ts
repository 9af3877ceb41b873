/**
 * The one-way pipeline for one file: bytes → text → TOML document → model → rules →
 * sorted diagnostics. Pure: no file system, no printing.
 */
import { parseDocument, type TomlSyntaxError } from '../document/parse.js';
import { decodeToml, SourceText } from '../document/source.js';
import { stringLocator } from '../document/strings.js';
import { keywordArguments } from '../model/arguments.js';
import { buildModel } from '../model/build.js';
import { buildJobs, type Job } from '../model/jobs.js';
import { targetDialect } from '../catalog/index.js';
import type { SlurmRelease } from '../scheduler/slurm/options.js';
import { activeRules, type RuleOptions } from './active-rules.js';
import { readDirectives } from './suppressions/directives.js';
import { applyDirectives } from './suppressions/suppress.js';
import { compareDiagnostics, type Diagnostic, type SuppressedDiagnostic } from './diagnostic.js';
import { ruleNames } from './rule-names.js';

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

export function lintBytes(bytes: Uint8Array, options: LintOptions): LintResult {
  const decoded = decodeToml(bytes);
  if (decoded.ok) return lintText(decoded.text, options);
  const source = new SourceText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  return runOnSyntaxError(source, { message: decoded.message, offset: decoded.offset }, options);
}

export function lintText(text: string, options: LintOptions): LintResult {
  const source = new SourceText(text);
  const parsed = parseDocument(text, targetDialect(options.target));
  if (!parsed.ok) return runOnSyntaxError(source, parsed.error, options);

  const model = buildModel(parsed.document);
  // One offset map per string, however many ranges the rules report in it.
  const locate = stringLocator(text);
  const rules = activeRules(options);
  const { on, catalog } = rules;
  let jobs: Job[] = [];
  const reported = rules.lintFile(source, locate, () => {
    for (const hook of on.config) hook(model);
    for (const object of model.objects) for (const hook of on.object) hook(object, model);
    for (const executor of model.executors) for (const hook of on.executor) hook(executor, model);
    if (model.mapping) for (const hook of on.mapping) hook(model.mapping, model);
    jobs = buildJobs(model, catalog, locate, options.slurmRelease === undefined ? {} : { slurmRelease: options.slurmRelease });
    for (const job of jobs) for (const hook of on.job) hook(job, model);
    if (on.argument.length > 0) {
      for (const argument of keywordArguments(model, options.target, catalog)) for (const hook of on.argument) hook(argument, model);
    }
  });

  const directives = options.inlineConfig === false ? [] : readDirectives(parsed.document, source);
  const { kept, suppressed, directives: checked } = applyDirectives(reported, directives, ruleNames(options.rules));
  // What the directives hook reports, no directive silences.
  const unsuppressable = checked.length > 0 ? rules.lintFile(source, locate, () => {
    for (const hook of on.directives) hook(checked, rules.ruleIds);
  }) : [];
  return { source, diagnostics: [...kept, ...unsuppressable].sort(compareDiagnostics), suppressed, syntaxError: false, jobs };
}

function runOnSyntaxError(source: SourceText, error: TomlSyntaxError, options: LintOptions): LintResult {
  const diagnostics = activeRules(options).lintSyntaxError(source, stringLocator(source.text), error);
  return { source, diagnostics: diagnostics.sort(compareDiagnostics), suppressed: [], syntaxError: true, jobs: [] };
}
