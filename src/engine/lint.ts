/**
 * The one-way pipeline for one file: bytes → text → TOML document → model → rules →
 * sorted diagnostics. Pure: no file system, no printing.
 */
import { parseDocument, type TomlSyntaxError } from '../document/parse.js';
import { decodeToml, SourceText, type Span } from '../document/source.js';
import { stringLocator } from '../document/strings.js';
import { keywordArguments } from '../model/arguments.js';
import { buildModel } from '../model/build.js';
import { buildJobs, type Job, type Locate } from '../model/jobs.js';
import { parslCatalog, targetDialect, type ParslCatalog, type ResolvedTarget } from '../catalog/index.js';
import { readDirectives } from './suppressions/directives.js';
import { applyDirectives } from './suppressions/suppress.js';
import { compareDiagnostics, type Diagnostic, type Severity, type SuppressedDiagnostic } from './diagnostic.js';
import { ruleDocsUrl } from './docs.js';
import { messageText } from './message.js';
import type { ClusterProfile } from '../site/profile.js';
import type { SbatchAnswer } from '../site/sbatch-answer.js';
import type { SlurmRelease } from '../scheduler/slurm/options.js';
import { ruleNames } from './rule-names.js';
import type { Report, RequiredFields, Rule, RuleContext, RuleVisitor } from './rule.js';

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
  const { visitors, diagnostics, catalog } = startRules(source, options, locate);
  const on = hooks(visitors);
  for (const hook of on.config) hook(model);
  for (const object of model.objects) for (const hook of on.object) hook(object, model);
  for (const executor of model.executors) for (const hook of on.executor) hook(executor, model);
  if (model.mapping) for (const hook of on.mapping) hook(model.mapping, model);
  const jobs = buildJobs(model, catalog, locate, options.slurmRelease === undefined ? {} : { slurmRelease: options.slurmRelease });
  for (const job of jobs) for (const hook of on.job) hook(job, model);
  if (on.argument.length > 0) {
    for (const argument of keywordArguments(model, options.target, catalog)) for (const hook of on.argument) hook(argument, model);
  }

  const directives = options.inlineConfig === false ? [] : readDirectives(parsed.document, source);
  const ruleIds = options.rules.map((rule) => rule.meta.id);
  // Emptied here, `diagnostics` then collects what the directives hook reports, which no directive silences.
  const { kept, suppressed, directives: checked } = applyDirectives(diagnostics.splice(0), directives, ruleNames(options.rules));
  if (checked.length > 0) for (const hook of on.directives) hook(checked, ruleIds);
  return { source, diagnostics: [...kept, ...diagnostics].sort(compareDiagnostics), suppressed, syntaxError: false, jobs };
}

function runOnSyntaxError(source: SourceText, error: TomlSyntaxError, options: LintOptions): LintResult {
  const { visitors, diagnostics } = startRules(source, options, stringLocator(source.text));
  for (const visitor of visitors) visitor.syntaxError?.(error);
  return { source, diagnostics: diagnostics.sort(compareDiagnostics), suppressed: [], syntaxError: true, jobs: [] };
}

type Hooks = { readonly [Name in Exclude<keyof RuleVisitor, 'syntaxError'>]-?: NonNullable<RuleVisitor[Name]>[] };

/**
 * Each hook's functions, looked up once per file: ~60 visitors of as many shapes make every
 * `visitor.hook` a slow (megamorphic) lookup, and a file has many nodes. Hooks are plain functions.
 */
function hooks(visitors: readonly RuleVisitor[]): Hooks {
  const on: Hooks = { config: [], object: [], executor: [], mapping: [], job: [], argument: [], directives: [] };
  for (const visitor of visitors) {
    if (visitor.config) on.config.push(visitor.config);
    if (visitor.object) on.object.push(visitor.object);
    if (visitor.executor) on.executor.push(visitor.executor);
    if (visitor.mapping) on.mapping.push(visitor.mapping);
    if (visitor.job) on.job.push(visitor.job);
    if (visitor.argument) on.argument.push(visitor.argument);
    if (visitor.directives) on.directives.push(visitor.directives);
  }
  return on;
}

function startRules(source: SourceText, options: LintOptions, locate: Locate): { visitors: RuleVisitor[]; diagnostics: Diagnostic[]; catalog: ParslCatalog } {
  const diagnostics: Diagnostic[] = [];
  const catalog = parslCatalog(options.target.parsl);
  const visitors: RuleVisitor[] = [];
  const settings = settingsById(options);
  for (const rule of options.rules) {
    const setting = settings.get(rule.meta.id) ?? rule.meta.severity;
    if (setting === 'off') continue;
    const context: RuleContext = {
      source,
      target: options.target,
      catalog,
      requiredFields: options.requiredFields ?? {},
      profile: options.profile,
      slurmPluginOptions: options.slurmPluginOptions ?? [],
      sbatchAnswer: options.sbatchAnswer,
      report: (report) => diagnostics.push(toDiagnostic(rule, setting, report, source)),
      locate,
    };
    visitors.push(rule.create(context));
  }
  return { visitors, diagnostics, catalog };
}

/** The settings keyed by rule id, whichever name of a rule they were written with. */
function settingsById(options: LintOptions): Map<string, RuleSetting> {
  const names = ruleNames(options.rules);
  return new Map([...(options.settings ?? [])].map(([name, setting]) => [names.get(name) ?? name, setting]));
}

function toDiagnostic(rule: Rule, severity: Severity, report: Report, source: SourceText): Diagnostic {
  const span: Span = 'span' in report.at ? report.at.span : report.at;
  if (report.fix && (rule.meta.fix === 'none' || (rule.meta.fix === 'unsafe' && report.fix.safety === 'safe'))) {
    throw new Error(`rule ${rule.meta.id} reported a ${report.fix.safety} fix but declares fix: ${rule.meta.fix}`);
  }
  const parts = typeof report.message === 'string' ? { headline: report.message } : report.message;
  return {
    rule: rule.meta.id,
    severity,
    message: messageText(parts),
    headline: parts.headline,
    note: parts.note,
    help: parts.help,
    span,
    start: source.positionAt(span.start),
    end: source.positionAt(span.end),
    docs: ruleDocsUrl(rule.meta.id),
    fix: report.fix,
    suggestions: report.suggestions ?? [],
  };
}
