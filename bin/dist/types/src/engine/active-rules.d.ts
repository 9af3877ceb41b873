/**
 * The rules a set of options turns on, created once and then run on file after file.
 *
 * A batch lints thousands of files with the same options. Creating ~60 visitors per file (a
 * context, a report function and the hooks' closures for each rule) cost more than running
 * them, so each rule's `create` runs once per set of options, and its context always stands for
 * the file being linted. This is why a rule keeps nothing of a file in `create`'s scope (rule.ts).
 */
import type { TomlSyntaxError } from '../document/parse.js';
import type { SourceText } from '../document/source.js';
import type { Locate } from '../model/jobs.js';
import { type ParslCatalog, type ResolvedTarget } from '../catalog/index.js';
import type { ClusterProfile } from '../site/profile.js';
import type { SbatchAnswer } from '../site/sbatch-answer.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import type { RequiredFields, Rule, RuleVisitor } from './rule.js';
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
export type Hooks = {
    readonly [Name in keyof RuleVisitor]-?: NonNullable<RuleVisitor[Name]>[];
};
declare class ActiveRules {
    readonly on: Hooks;
    readonly catalog: ParslCatalog;
    /** The ids of all the rules given, on or off, for the `directives` hook. */
    readonly ruleIds: readonly string[];
    private current;
    constructor(options: RuleOptions);
    /** Whether a file is being linted with these rules now (a rule that lints a file itself would reach here). */
    get busy(): boolean;
    /** Runs `lint` with the contexts standing for `source`; returns what the rules reported, unsorted. */
    lintFile(source: SourceText, locate: Locate, lint: () => void): Diagnostic[];
    /** Runs the syntax-error hooks for a file that is not valid TOML. */
    lintSyntaxError(source: SourceText, locate: Locate, error: TomlSyntaxError): Diagnostic[];
}
/** The rules `options` turn on, created on the first file linted with these options. */
export declare function activeRules(options: RuleOptions): ActiveRules;
export {};
