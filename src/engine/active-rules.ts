/**
 * The rules a set of options turns on, created once and then run on file after file.
 *
 * A batch lints thousands of files with the same options. Creating ~60 visitors per file (a
 * context, a report function and the hooks' closures for each rule) cost more than running
 * them, so each rule's `create` runs once per set of options, and its context always stands for
 * the file being linted. This is why a rule keeps nothing of a file in `create`'s scope (rule.ts).
 */
import type { TomlSyntaxError } from '../document/parse.js';
import type { SourceText, Span } from '../document/source.js';
import type { Locate } from '../model/jobs.js';
import { parslCatalog, type ParslCatalog, type ResolvedTarget } from '../catalog/index.js';
import type { ClusterProfile } from '../site/profile.js';
import type { SbatchAnswer } from '../site/sbatch-answer.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import { ruleDocsUrl } from './docs.js';
import { messageText } from './message.js';
import { ruleNames } from './rule-names.js';
import type { Report, RequiredFields, Rule, RuleContext, RuleVisitor } from './rule.js';

export type RuleSetting = Severity | 'off';

/** What the rules are created with: the options of a lint that do not change from file to file. */
export interface RuleOptions {
  readonly rules: readonly Rule[];
  readonly target: ResolvedTarget;
  /** Per-rule severity overrides; `off` means the rule does not run at all. */
  readonly settings?: ReadonlyMap<string, RuleSetting>;
  /** What the site requires of each provider, from the linter's config; none by default. */
  readonly requiredFields?: RequiredFields;
  /** The site's cluster profile, for the rules that judge partitions and node sizes; none by default. */
  readonly profile?: ClusterProfile;
  /** Long sbatch options the site's SPANK plugins add (`container-image`); none by default. */
  readonly slurmPluginOptions?: readonly string[];
  /** With --sbatch-test: sbatch's answers to the scripts of the file's Slurm providers. */
  readonly sbatchAnswer?: (script: string) => SbatchAnswer | undefined;
}

/** Each hook's functions in rule order: the engine calls them without looking into ~60 visitors of as many shapes. */
export type Hooks = { readonly [Name in keyof RuleVisitor]-?: NonNullable<RuleVisitor[Name]>[] };

/** The file being linted: what the contexts stand for, and where its diagnostics go. */
interface CurrentFile {
  readonly source: SourceText;
  readonly locate: Locate;
  readonly diagnostics: Diagnostic[];
}

class ActiveRules {
  readonly on: Hooks = { syntaxError: [], config: [], object: [], executor: [], mapping: [], job: [], argument: [], directives: [] };
  readonly catalog: ParslCatalog;
  /** The ids of all the rules given, on or off, for the `directives` hook. */
  readonly ruleIds: readonly string[];
  private current: CurrentFile | undefined;

  constructor(options: RuleOptions) {
    this.catalog = parslCatalog(options.target.parsl);
    this.ruleIds = options.rules.map((rule) => rule.meta.id);
    const settings = settingsById(options);
    const file = (): CurrentFile => {
      if (this.current === undefined) throw new Error('a rule reported outside the lint of a file');
      return this.current;
    };
    for (const rule of options.rules) {
      const setting = settings.get(rule.meta.id) ?? rule.meta.severity;
      if (setting === 'off') continue;
      const context: RuleContext = {
        get source() {
          return file().source;
        },
        target: options.target,
        catalog: this.catalog,
        requiredFields: options.requiredFields ?? {},
        profile: options.profile,
        slurmPluginOptions: options.slurmPluginOptions ?? [],
        sbatchAnswer: options.sbatchAnswer,
        report: (report) => {
          const { source, diagnostics } = file();
          diagnostics.push(toDiagnostic(rule, setting, report, source));
        },
        locate: (node) => file().locate(node),
      };
      addHooks(this.on, rule.create(context));
    }
  }

  /** Whether a file is being linted with these rules now (a rule that lints a file itself would reach here). */
  get busy(): boolean {
    return this.current !== undefined;
  }

  /** Runs `lint` with the contexts standing for `source`; returns what the rules reported, unsorted. */
  lintFile(source: SourceText, locate: Locate, lint: () => void): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    this.current = { source, locate, diagnostics };
    try {
      lint();
    } finally {
      this.current = undefined;
    }
    return diagnostics;
  }

  /** Runs the syntax-error hooks for a file that is not valid TOML. */
  lintSyntaxError(source: SourceText, locate: Locate, error: TomlSyntaxError): Diagnostic[] {
    return this.lintFile(source, locate, () => {
      for (const hook of this.on.syntaxError) hook(error);
    });
  }
}

const created = new WeakMap<RuleOptions, ActiveRules>();

/** The rules `options` turn on, created on the first file linted with these options. */
export function activeRules(options: RuleOptions): ActiveRules {
  let rules = created.get(options);
  // A lint inside a lint with the same options (none today) gets rules of its own.
  if (rules?.busy) return new ActiveRules(options);
  if (rules === undefined) created.set(options, (rules = new ActiveRules(options)));
  return rules;
}

function addHooks(on: Hooks, visitor: RuleVisitor): void {
  if (visitor.syntaxError) on.syntaxError.push(visitor.syntaxError);
  if (visitor.config) on.config.push(visitor.config);
  if (visitor.object) on.object.push(visitor.object);
  if (visitor.executor) on.executor.push(visitor.executor);
  if (visitor.mapping) on.mapping.push(visitor.mapping);
  if (visitor.job) on.job.push(visitor.job);
  if (visitor.argument) on.argument.push(visitor.argument);
  if (visitor.directives) on.directives.push(visitor.directives);
}

/** The settings keyed by rule id, whichever name of a rule they were written with. */
function settingsById(options: RuleOptions): Map<string, RuleSetting> {
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
