/** The command line, parsed and validated. Anything wrong here is a UsageError (exit code 2). */
import type { InferredOptionTypes } from 'yargs';
import { type FixSafety } from '../engine/diagnostic.js';
import type { RuleSetting } from '../engine/lint.js';
import type { ClusterProfileRequest } from './cluster-profile.js';
import type { InitFlags } from './init.js';
declare const FORMATS: readonly ["stylish", "json", "github", "sarif", "gitlab", "compact", "markdown"];
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
/** The options of the command line, for yargs (and its --help) and for the plain command lines read without it. */
declare const OPTIONS: {
    readonly debug: {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "Print stack traces of internal errors";
    };
    readonly 'sbatch-test': {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "Also run the real `sbatch --test-only` on each Slurm provider's script (never submits; needs sbatch here)";
    };
    readonly output: {
        readonly type: "string";
        readonly describe: "cluster-profile, init: write to this file instead of stdout";
    };
    readonly force: {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "cluster-profile, init: overwrite the --output file";
    };
    readonly scheduler: {
        readonly type: "string";
        readonly describe: "init: the batch scheduler (slurm)";
    };
    readonly workers: {
        readonly type: "string";
        readonly describe: "init: how many jobs (blocks) may run at once";
    };
    readonly cpus: {
        readonly type: "string";
        readonly describe: "init: CPUs per job";
    };
    readonly mem: {
        readonly type: "string";
        readonly describe: "init: memory per job (96GB, 96G, 512MB, 1TB)";
    };
    readonly walltime: {
        readonly type: "string";
        readonly describe: "init: time limit per job (24h, 2d, 90m, 1-12:00:00, 24:00:00)";
    };
    readonly env: {
        readonly type: "string";
        readonly describe: "init: the conda environment the workers activate";
    };
    readonly partition: {
        readonly type: "string";
        readonly describe: "init: the Slurm partition (default: the cluster's default)";
    };
    readonly account: {
        readonly type: "string";
        readonly describe: "init: the Slurm account to charge";
    };
    readonly format: {
        readonly alias: "f";
        readonly choices: readonly ["stylish", "json", "github", "sarif", "gitlab", "compact", "markdown"];
        readonly describe: "Output format: stylish, json, github (annotations; the default when GITHUB_ACTIONS=true), sarif (2.1.0), gitlab (Code Quality), compact (path:line:col: severity: message [rule]), markdown (a table)";
    };
    readonly 'output-file': {
        readonly alias: "o";
        readonly type: "string";
        readonly describe: "Write the report to this file instead of stdout";
    };
    readonly quiet: {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "Report errors only (warnings still count for --max-warnings)";
    };
    readonly 'max-warnings': {
        readonly type: "number";
        readonly default: -1;
        readonly describe: "Fail (exit 1) when there are more warnings than this";
    };
    readonly rule: {
        readonly type: "string";
        readonly describe: "Set a rule's severity: NAME=off|info|warning|error (repeatable: --rule a=off --rule b=error)";
    };
    readonly 'stdin-filename': {
        readonly type: "string";
        readonly describe: "The name to report for a file read from stdin (-)";
    };
    readonly color: {
        readonly type: "boolean";
        readonly describe: "Force colour on (--color) or off (--no-color); default: on for a terminal, honouring NO_COLOR and FORCE_COLOR";
    };
    readonly qiime2: {
        readonly type: "string";
        readonly describe: "Judge against this QIIME 2 release (default: the newest)";
    };
    readonly parsl: {
        readonly type: "string";
        readonly describe: "Judge against this parsl release (for plain parsl users)";
    };
    readonly slurm: {
        readonly type: "string";
        readonly describe: "Judge sbatch options for this Slurm release, as `sbatch --version` prints it (default: every release from 22.05 to 25.11)";
    };
    readonly fix: {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "Apply the safe fixes to the files (for stdin -: print the fixed document)";
    };
    readonly 'unsafe-fixes': {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "With --fix or --diff: apply the unsafe fixes too";
    };
    readonly diff: {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "Print the fixes as a unified diff and write nothing; exit 1 if there is any";
    };
    readonly config: {
        readonly type: "string";
        readonly describe: "Use this config file for every file (--no-config: use none); default: the closest parsl-lint.toml, .parsl-lint.toml or pyproject.toml [tool.parsl-lint]";
    };
    readonly 'inline-config': {
        readonly type: "boolean";
        readonly default: true;
        readonly describe: "Honour # parsl-lint-disable comments (--no-inline-config ignores them)";
    };
    readonly 'print-config': {
        readonly type: "string";
        readonly describe: "Print the settings that apply to this file and the config file they come from";
    };
    readonly 'warn-ignored': {
        readonly type: "boolean";
        readonly default: true;
        readonly describe: "Warn about a file named on the command line that exclude leaves out (--no-warn-ignored: don't); the warning counts for --max-warnings";
    };
    readonly 'error-on-unmatched-pattern': {
        readonly type: "boolean";
        readonly default: true;
        readonly describe: "A path that does not exist, a glob that matches nothing or no parsl config found is an error (--no-error-on-unmatched-pattern: lint what is found)";
    };
    readonly 'only-parsl-configs': {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "Lint a named file only if a directory walk would (it has a parsl table, or matches include); none left is not an error. For pre-commit";
    };
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
/**
 * What either parser gives: every option by name (with its default), the positionals in `_`.
 * --no-config makes `config` false, and a repeated --rule gives an array.
 */
export type Parsed = Readonly<Omit<InferredOptionTypes<typeof OPTIONS>, 'config' | 'rule'>> & {
    readonly _: readonly string[];
    readonly config?: string | false;
    readonly rule?: string | readonly string[];
    readonly [name: string]: unknown;
};
/** What the parsed command line asks for, checked; the same whichever parser read it. */
export declare function interpret(argvParsed: Parsed, ruleIds: readonly string[]): ParsedCommand;
export {};
