/** The command line, parsed and validated. Anything wrong here is a UsageError (exit code 2). */
import type { InferredOptionTypes } from 'yargs';
import { SEVERITIES, type FixSafety, type Severity } from '../engine/diagnostic.js';
import type { RuleSetting } from '../engine/lint.js';
import { closestMatch } from '../suggest.js';
import type { ClusterProfileRequest } from './cluster-profile.js';
import { UsageError } from './errors.js';
import type { InitFlags } from './init.js';
import { checkSiteFlags, clusterProfileRequest, initFlags, SITE_OPTIONS } from './site-options.js';

const FORMATS = ['stylish', 'json', 'github', 'sarif', 'gitlab', 'compact', 'markdown'] as const;
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

export type ParsedCommand =
  | { kind: 'lint'; options: CliOptions }
  | { kind: 'exit'; output: string }
  /** `parsl-lint schema`: the JSON Schema for editors, for a target release. */
  | { kind: 'schema'; qiime2: string | undefined; parsl: string | undefined }
  /** `parsl-lint rules`: the list of rules. */
  | { kind: 'rules'; format: Format }
  /** `parsl-lint rule NAME`: a rule's page. */
  | { kind: 'rule'; name: string }
  /** `parsl-lint which`: the config file QIIME 2 would load, and why. */
  | { kind: 'which'; format: Format }
  /** `parsl-lint explain FILE...`: the batch scripts parsl will write for the files' providers, judged as linting judges them. */
  | { kind: 'explain'; options: CliOptions }
  /** `parsl-lint cluster-profile [FILE ...]`: the site's cluster profile from scontrol. */
  | { kind: 'cluster-profile'; request: ClusterProfileRequest }
  /** `parsl-lint init`: a config from requirements. */
  | { kind: 'init'; flags: InitFlags };

/**
 * A subcommand is the first positional argument, wherever options stand (`--no-color rules`);
 * lint a file of that name as `./rules`.
 */
const SUBCOMMANDS = new Set(['schema', 'rules', 'explain', 'rule', 'which', 'cluster-profile', 'init']);

/** The options of the command line, for yargs (and its --help) and for the plain command lines read without it. */
const OPTIONS = {
  format: { alias: 'f', choices: FORMATS, describe: 'Output format: stylish, json, github (annotations; the default when GITHUB_ACTIONS=true), sarif (2.1.0), gitlab (Code Quality), compact (path:line:col: severity: message [rule]), markdown (a table)' },
  'output-file': { alias: 'o', type: 'string', describe: 'Write the report to this file instead of stdout' },
  quiet: { type: 'boolean', default: false, describe: 'Report errors only (warnings still count for --max-warnings)' },
  'max-warnings': { type: 'number', default: -1, describe: 'Fail (exit 1) when there are more warnings than this' },
  // One value per flag (not `array`, which would take the paths after it too); repeated, yargs collects them.
  rule: { type: 'string', describe: 'Set a rule\'s severity: NAME=off|info|warning|error (repeatable: --rule a=off --rule b=error)' },
  'stdin-filename': { type: 'string', describe: 'The name to report for a file read from stdin (-)' },
  color: { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color); default: on for a terminal, honouring NO_COLOR and FORCE_COLOR' },
  qiime2: { type: 'string', describe: 'Judge against this QIIME 2 release (default: the newest)' },
  parsl: { type: 'string', describe: 'Judge against this parsl release (for plain parsl users)' },
  slurm: { type: 'string', describe: 'Judge sbatch options for this Slurm release, as `sbatch --version` prints it (default: every release from 22.05 to 25.11)' },
  fix: { type: 'boolean', default: false, describe: 'Apply the safe fixes to the files (for stdin -: print the fixed document)' },
  'unsafe-fixes': { type: 'boolean', default: false, describe: 'With --fix or --diff: apply the unsafe fixes too' },
  diff: { type: 'boolean', default: false, describe: 'Print the fixes as a unified diff and write nothing; exit 1 if there is any' },
  config: { type: 'string', describe: 'Use this config file for every file (--no-config: use none); default: the closest parsl-lint.toml, .parsl-lint.toml or pyproject.toml [tool.parsl-lint]' },
  'inline-config': { type: 'boolean', default: true, describe: 'Honour # parsl-lint-disable comments (--no-inline-config ignores them)' },
  'print-config': { type: 'string', describe: 'Print the settings that apply to this file and the config file they come from' },
  'warn-ignored': { type: 'boolean', default: true, describe: 'Warn about a file named on the command line that exclude leaves out (--no-warn-ignored: don\'t); the warning counts for --max-warnings' },
  'error-on-unmatched-pattern': { type: 'boolean', default: true, describe: 'A path that does not exist, a glob that matches nothing or no parsl config found is an error (--no-error-on-unmatched-pattern: lint what is found)' },
  'only-parsl-configs': { type: 'boolean', default: false, describe: 'Lint a named file only if a directory walk would (it has a parsl table, or matches include); none left is not an error. For pre-commit' },
  ...SITE_OPTIONS,
  debug: { type: 'boolean', default: false, describe: 'Print stack traces of internal errors' },
} as const;

type OptionName = keyof typeof OPTIONS;

export async function parseCommandLine(argv: readonly string[], ruleIds: readonly string[], version: string): Promise<ParsedCommand> {
  const parsed = parsePlainCommandLine(argv) ?? (await parseWithYargs(argv, version));
  if (typeof parsed === 'string') return { kind: 'exit', output: parsed };
  return interpret(parsed, ruleIds);
}

/**
 * A command line of paths and on/off flags (`--fix`, `--no-color`), as pre-commit and most people
 * write it, read without yargs: yargs and its dependencies are most of what a one-file run would
 * load. Anything else (a value, an alias, --help, stdin, a repeated flag) is left to yargs
 * (undefined). test/cli/plain-command-line.test.ts holds the two to the same result.
 */
export function parsePlainCommandLine(argv: readonly string[]): Parsed | undefined {
  const parsed: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(OPTIONS)) if ('default' in option) parsed[name] = option.default;
  const positionals: string[] = [];
  const seen = new Set<string>();
  for (const arg of argv) {
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const negated = arg.startsWith('--no-');
    const name = arg.slice(negated ? 5 : 2);
    const option = Object.hasOwn(OPTIONS, name) ? (OPTIONS[name as OptionName] as { readonly type?: string }) : undefined;
    if (!arg.startsWith('--') || option?.type !== 'boolean' || seen.has(name)) return undefined;
    seen.add(name);
    parsed[name] = !negated;
  }
  return { ...parsed, _: positionals } as unknown as Parsed;
}

/** The command line as yargs reads it; a string: what --help or --version prints. */
export async function parseWithYargs(argv: readonly string[], version: string): Promise<Parsed | string> {
  const { default: yargs } = await import('yargs');
  let output = '';
  const parser = yargs([...argv])
    .scriptName('parsl-lint')
    .usage(
      '$0 [files, directories, globs or - for stdin ...] [--sbatch-test]\n$0 explain FILE...\n$0 schema [--qiime2 VERSION | --parsl VERSION]\n$0 rules [--format json]\n$0 rule NAME\n$0 which [--format json]\n' +
        '$0 cluster-profile [SCONTROL-OUTPUT ...] [--output FILE]\n$0 init --workers N --cpus N --mem 96GB --walltime 24h --env ENV [--partition P] [--account A] [--qiime2 VERSION] [--output FILE]\n\n' +
        'Lint QIIME 2 / parsl TOML configs before you submit a pipeline; show the batch scripts parsl will write; ' +
        'print the JSON Schema for editors; list the rules; print a rule\'s page; name the config file QIIME 2 would load.\n' +
        'To lint a file named explain, schema, rules, rule or which, write ./explain, ./schema, ./rules, ./rule or ./which.',
    )
    .options(OPTIONS)
    // A file named 1e3 is a file, not the number 1000.
    .parserConfiguration({ 'parse-positional-numbers': false })
    .version(version)
    .alias('help', 'h')
    .alias('version', 'v')
    .strictOptions()
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message ?? error?.message ?? 'invalid command line');
    })
    .wrap(Math.min(100, process.stdout.columns ?? 100));
  const argvParsed = await parser.parseAsync([...argv], {}, (_error, _argv, text) => {
    output = text;
  });
  if (argvParsed.help || argvParsed.version) return output;
  return { ...argvParsed, _: argvParsed._.map(String) } as Parsed;
}

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
export function interpret(argvParsed: Parsed, ruleIds: readonly string[]): ParsedCommand {
  const positionals = [...argvParsed._];
  const subcommand = positionals[0] !== undefined && SUBCOMMANDS.has(positionals[0]) ? positionals[0] : undefined;
  checkSiteFlags(subcommand, argvParsed);
  if (subcommand === 'cluster-profile') return { kind: 'cluster-profile', request: clusterProfileRequest(argvParsed, positionals.slice(1)) };
  if (subcommand === 'explain' && positionals.length < 2) throw new UsageError('explain takes the config files to explain (- for stdin)');
  if (subcommand === 'rule') {
    if (positionals.length !== 2) throw new UsageError('rule takes one rule name (parsl-lint rules lists them)');
    return { kind: 'rule', name: positionals[1]! };
  }
  if (subcommand && subcommand !== 'explain' && positionals.length > 1) throw new UsageError(`${subcommand} takes no files`);
  if (subcommand === 'schema') return { kind: 'schema', qiime2: argvParsed.qiime2, parsl: argvParsed.parsl };
  if (subcommand === 'rules') return { kind: 'rules', format: argvParsed.format ?? 'stylish' };
  if (subcommand === 'which') return { kind: 'which', format: argvParsed.format ?? 'stylish' };
  if (subcommand === 'init') return { kind: 'init', flags: initFlags(argvParsed) };

  const maxWarnings = argvParsed['max-warnings'];
  const config = argvParsed.config;
  if (config === '') throw new UsageError('--config needs a file (or use --no-config)');
  if (argvParsed['unsafe-fixes'] && !argvParsed.fix && !argvParsed.diff) throw new UsageError('--unsafe-fixes needs --fix or --diff');
  if (argvParsed['output-file'] === '') throw new UsageError('--output-file needs a file name');
  if (argvParsed['print-config'] === '') throw new UsageError('--print-config needs the file whose settings to print');
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings must be a whole number (-1 for no limit), got ${Number.isNaN(maxWarnings) ? 'something else' : maxWarnings}`);
  if (subcommand === 'explain' && (argvParsed.fix || argvParsed.diff)) throw new UsageError('explain changes nothing: run --fix or --diff without explain');
  if (argvParsed['stdin-filename'] !== undefined && !positionals.includes('-')) throw new UsageError('--stdin-filename names the file read from stdin, but no - (stdin) is among the inputs');
  return {
    kind: subcommand === 'explain' ? 'explain' : 'lint',
    options: {
      inputs: subcommand === 'explain' ? positionals.slice(1) : positionals,
      // In a GitHub Actions job, annotations unless another format is asked for.
      format: argvParsed.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish'),
      outputFile: argvParsed['output-file'],
      quiet: argvParsed.quiet,
      maxWarnings,
      settings: parseRuleSettings(([] as string[]).concat(argvParsed.rule ?? []), ruleIds),
      stdinFilename: argvParsed['stdin-filename'],
      color: argvParsed.color,
      qiime2: argvParsed.qiime2,
      parsl: argvParsed.parsl,
      slurm: argvParsed.slurm,
      debug: argvParsed.debug,
      fix: argvParsed.fix || argvParsed.diff ? (argvParsed['unsafe-fixes'] ? 'unsafe' : 'safe') : undefined,
      diff: argvParsed.diff,
      config,
      inlineConfig: argvParsed['inline-config'],
      printConfig: argvParsed['print-config'],
      onlyParslConfigs: argvParsed['only-parsl-configs'],
      sbatchTest: argvParsed['sbatch-test'],
      warnIgnored: argvParsed['warn-ignored'],
      errorOnUnmatchedPattern: argvParsed['error-on-unmatched-pattern'],
    },
  };
}

function parseRuleSettings(values: readonly string[], ruleIds: readonly string[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes NAME=off|info|warning|error, got "${value}"`);
    const [, id, setting] = match as unknown as [string, string, string];
    if (!ruleIds.includes(id)) {
      const guess = closestMatch(id, ruleIds);
      throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''}; the rules are: ${ruleIds.join(', ')}`);
    }
    if (setting !== 'off' && !SEVERITIES.includes(setting as Severity)) {
      throw new UsageError(`--rule ${id}: the setting must be off, info, warning or error, got "${setting}"`);
    }
    settings.set(id, setting as RuleSetting);
  }
  return settings;
}
