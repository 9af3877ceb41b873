/** The command line, parsed and validated. Anything wrong here is a UsageError (exit code 2). */
import { type FixSafety } from '../engine/diagnostic.js';
import type { RuleSetting } from '../engine/lint.js';
import type { ClusterProfileRequest } from './cluster-profile.js';
import type { InitFlags } from './init.js';
export declare const FORMATS: readonly ["stylish", "json", "github", "sarif", "gitlab", "compact", "markdown"];
export type Format = (typeof FORMATS)[number];
export interface CliOptions {
    readonly inputs: readonly string[];
    readonly format: Format;
    /** Write the report to this file instead of stdout. */
    readonly outputFile: string | undefined;
    readonly quiet: boolean;
    /** -1: any number of warnings passes. */
    readonly maxWarnings: number;
    readonly settings: ReadonlyMap<string, RuleSetting>;
    readonly stdinFilename: string | undefined;
    /** undefined: decide from the environment and the terminal. */
    readonly color: boolean | undefined;
    readonly qiime2: string | undefined;
    readonly parsl: string | undefined;
    /** The site's Slurm release (`--slurm 23.02`), over the config's `[slurm] release`. */
    readonly slurm: string | undefined;
    readonly debug: boolean;
    /** Which fixes --fix or --diff make: `safe` ones, or `unsafe` ones too (--unsafe-fixes); undefined: none. */
    readonly fix: FixSafety | undefined;
    /** Print the fixes as a unified diff instead of writing them. */
    readonly diff: boolean;
    /** A config file to use for every file; false: --no-config; undefined: find the closest. */
    readonly config: string | false | undefined;
    /** Honour `# parsl-lint-disable…` comments. */
    readonly inlineConfig: boolean;
    /** Print the settings that apply to this file, instead of linting. */
    readonly printConfig: string | undefined;
    /** Pick named files as a directory walk does (skip those without a parsl table), and find none without an error: for pre-commit. */
    readonly onlyParslConfigs: boolean;
    /** Run the real `sbatch --test-only` on each Slurm provider's script (--sbatch-test). */
    readonly sbatchTest: boolean;
    /** Warn about a named file that `exclude` leaves out (--no-warn-ignored: don't), as ESLint does. */
    readonly warnIgnored: boolean;
    /** A missing path, a glob matching nothing or no config found is a usage error (--no-error-on-unmatched-pattern: it is not). */
    readonly errorOnUnmatchedPattern: boolean;
}
export type ParsedCommand = {
    kind: 'lint';
    options: CliOptions;
} | {
    kind: 'exit';
    output: string;
}
/** `parsl-lint schema`: the JSON Schema for editors, for a target release. */
 | {
    kind: 'schema';
    qiime2: string | undefined;
    parsl: string | undefined;
}
/** `parsl-lint rules`: the list of rules. */
 | {
    kind: 'rules';
    format: Format;
}
/** `parsl-lint rule NAME`: a rule's page. */
 | {
    kind: 'rule';
    name: string;
}
/** `parsl-lint which`: the config file QIIME 2 would load, and why. */
 | {
    kind: 'which';
    format: Format;
}
/** `parsl-lint explain FILE...`: the batch scripts parsl will write for the files' providers, judged as linting judges them. */
 | {
    kind: 'explain';
    options: CliOptions;
}
/** `parsl-lint cluster-profile [FILE ...]`: the site's cluster profile from scontrol. */
 | {
    kind: 'cluster-profile';
    request: ClusterProfileRequest;
}
/** `parsl-lint init`: a config from requirements. */
 | {
    kind: 'init';
    flags: InitFlags;
};
export declare function parseCommandLine(argv: readonly string[], ruleIds: readonly string[], version: string): Promise<ParsedCommand>;
/**
 * A command line of paths and on/off flags (`--fix`, `--no-color`), as pre-commit and most people
 * write it, read without yargs: yargs and its dependencies are most of what a one-file run would
 * load. Anything else (a value, an alias, --help, stdin, a repeated flag) is left to yargs
 * (undefined). test/cli/plain-command-line.test.ts holds the two to the same result.
 */
export declare function parsePlainCommandLine(argv: readonly string[]): Parsed | undefined;
/** The command line as yargs reads it; a string: what --help or --version prints. */
export declare function parseWithYargs(argv: readonly string[], version: string): Promise<Parsed | string>;
/** What either parser gives: every option by name (with its default), the positionals in `_`. */
export interface Parsed {
    readonly _: readonly string[];
    readonly format?: Format;
    readonly 'output-file'?: string;
    readonly quiet: boolean;
    readonly 'max-warnings': number;
    readonly rule?: string | string[];
    readonly 'stdin-filename'?: string;
    readonly color?: boolean;
    readonly qiime2?: string;
    readonly parsl?: string;
    readonly slurm?: string;
    readonly fix: boolean;
    readonly 'unsafe-fixes': boolean;
    readonly diff: boolean;
    readonly config?: string | false;
    readonly 'inline-config': boolean;
    readonly 'print-config'?: string;
    readonly 'warn-ignored': boolean;
    readonly 'error-on-unmatched-pattern': boolean;
    readonly 'only-parsl-configs': boolean;
    readonly 'sbatch-test': boolean;
    readonly debug: boolean;
    readonly [name: string]: unknown;
}
/** What the parsed command line asks for, checked; the same whichever parser read it. */
export declare function interpret(argvParsed: Parsed, ruleIds: readonly string[]): ParsedCommand;
