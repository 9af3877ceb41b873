/**
 * The shape of a rule. A rule is one module under `rules/<id>/`: its metadata, a `create`
 * function that returns the visitor hooks it needs, and its page `rules/<id>/README.md`.
 * The engine walks the model once and calls each hook; rules never print and never search
 * the text for positions: they report model nodes.
 */
import type { TomlSyntaxError } from '../document/parse.js';
import type { Span, SourceText } from '../document/source.js';
import type { StringLocator } from '../document/strings.js';
import type { TomlScalar } from '../document/tree.js';
import type { KeywordArgument } from '../model/arguments.js';
import type { Executor, ExecutorMapping, ParslObject, QiimeConfig } from '../model/config.js';
import type { Job } from '../model/jobs.js';
import type { ParslCatalog, ResolvedTarget } from '../catalog/index.js';
import type { ClusterProfile } from '../site/profile.js';
import type { SbatchAnswer } from '../site/sbatch-answer.js';
import type { CheckedDirective } from './suppressions/suppress.js';
import type { Fix, FixSafety, Severity, Suggestion } from './diagnostic.js';
import type { MessageParts } from './message.js';

/**
 * The fields a site requires on each provider, by provider class, from the `[required]` table of
 * the linter's config: `{ SlurmProvider: ['partition', 'account'] }`. Empty when there is none.
 */
export type RequiredFields = Readonly<Record<string, readonly string[]>>;

/** What a rule may fix: `none` if it never fixes. */
export type RuleFix = FixSafety | 'none';

export interface RuleMeta<DeclaredFix extends RuleFix = RuleFix> {
  /** Kebab-case, stable: users write it in `--rule`, suppressions and config. */
  readonly id: string;
  /** Former ids, still accepted wherever users write an id (rules merged into this one). */
  readonly aliases?: readonly string[];
  readonly severity: Severity;
  /** One line, shown by `parsl-lint rules` and checked against the rule's page. */
  readonly description: string;
  /** The safest fix the rule can offer; `none` if it never fixes. */
  readonly fix: DeclaredFix;
}

/** The fix a rule's reports may carry: none, only unsafe ones, or any. */
export type FixFor<DeclaredFix extends RuleFix> = DeclaredFix extends 'none' ? never : DeclaredFix extends 'unsafe' ? Fix & { readonly safety: 'unsafe' } : Fix;

export interface Report<DeclaredFix extends RuleFix = RuleFix> {
  /** A model node (anything with a span) or a span computed from one, e.g. inside a string. */
  readonly at: Span | { readonly span: Span };
  /**
   * What happens on the cluster and what to do. In parts when it has them (shown on their own
   * lines by the stylish output); a string is a headline alone.
   */
  readonly message: string | MessageParts;
  /**
   * A certain repair, applied by --fix. Its edits must not overlap one another and should touch
   * only the entry the report points at (the property tests check it); write string values with
   * tomlBasicString (src/fixes/toml-string.ts). Each fixture it changes needs its expected result
   * in fixtures/<rule>/fixed/<name>.toml.
   */
  readonly fix?: FixFor<DeclaredFix>;
  readonly suggestions?: readonly Suggestion[];
}

export interface RuleContext<DeclaredFix extends RuleFix = RuleFix> {
  readonly source: SourceText;
  /** The QIIME 2 / parsl release the file is judged against. */
  readonly target: ResolvedTarget;
  readonly catalog: ParslCatalog;
  readonly requiredFields: RequiredFields;
  /** The site's cluster profile from the linter's config (`profile`); undefined when there is none. */
  readonly profile: ClusterProfile | undefined;
  /** Long sbatch options the site's SPANK plugins add, from `[slurm] plugin-options` in the linter's config. */
  readonly slurmPluginOptions: readonly string[];
  /** With --sbatch-test: the real `sbatch --test-only`'s answer to a batch script, run before linting. */
  readonly sbatchAnswer: ((script: string) => SbatchAnswer | undefined) | undefined;
  report(report: Report<DeclaredFix>): void;
  /** Maps characters of a string value to their columns in the file. */
  locate(node: TomlScalar & { value: string }): StringLocator;
}

export interface RuleVisitor {
  /** The file is not valid TOML; no other hook runs. */
  syntaxError?(error: TomlSyntaxError): void;
  config?(config: QiimeConfig): void;
  /** Every table QIIME 2 turns into a parsl object, parents first. */
  object?(object: ParslObject, config: QiimeConfig): void;
  executor?(executor: Executor, config: QiimeConfig): void;
  mapping?(mapping: ExecutorMapping, config: QiimeConfig): void;
  /** Every batch job the config asks for: a provider's script as parsl writes it and its scheduler reads it. */
  job?(job: Job, config: QiimeConfig): void;
  /** Every key passed to a parsl constructor whose signature the target release knows. */
  argument?(argument: KeywordArgument, config: QiimeConfig): void;
  /**
   * Last, when the file has `# parsl-lint-disable…` comments (and inline config is on): each with
   * what its rule names silenced. Reports made here are never suppressed.
   */
  directives?(directives: readonly CheckedDirective[], ruleIds: readonly string[]): void;
}

export interface Rule<DeclaredFix extends RuleFix = RuleFix> {
  readonly meta: RuleMeta<DeclaredFix>;
  /**
   * Called once for a run's options, not once per file (src/engine/active-rules.ts): the hooks
   * then see file after file, and the context's `source`, `report` and `locate` are always the
   * current file's. So keep nothing of a file in create's scope; return the hooks only.
   */
  create(context: RuleContext<DeclaredFix>): RuleVisitor;
}

/**
 * Gives a rule object literal its type, so a wrong hook or metadata field fails to compile, and so
 * does a report whose fix the metadata does not declare (a fix from a `fix: 'none'` rule, a safe
 * one from a `fix: 'unsafe'` rule).
 */
export function defineRule<const DeclaredFix extends RuleFix>(rule: Rule<DeclaredFix>): Rule {
  return rule as Rule;
}
