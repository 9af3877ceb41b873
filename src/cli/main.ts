/**
 * `parsl-lint`: parse the command line, find the files and the settings for each, lint (or fix)
 * each, print, and choose the exit code: 0 clean (or only warnings within --max-warnings),
 * 1 errors or too many warnings (with --diff: a change to make), 2 the tool could not do its job
 * (usage, a bad config file, an unreadable path or a file that cannot be written, an internal error).
 */
import path from 'node:path';
import { Chalk } from 'chalk';
import { ConfigError } from '../config/config.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { lintBytes } from '../engine/lint.js';
import { ruleNames } from '../engine/rule-names.js';
import { formatExplain, formatExplainJson } from '../output/explain.js';
import { ReportTally, type FileOutcome, type FileReport } from '../output/results.js';
import { printable } from '../output/printable.js';
import { RULES } from '../../rules/index.js';
import { readProblem, readRegularFile } from '../read-file.js';
import { UsageError } from './errors.js';
import { displayPath, looksLikeParslConfig, resolveFiles } from './files.js';
import { notFixable } from './fix-summary.js';
import { ignoredFileWarning } from './ignored-file.js';
import { printRules, printSchema } from './info-commands.js';
import { ReportSink, reportEnd, reportPart, writtenWhole } from './report.js';
import { printRulePage } from './rule-page.js';
import { printWhich } from './which.js';
import { parseCommandLine, type CliOptions } from './options.js';
import { distinctFiles, stdinAlias } from './same-file.js';
import { describeSettings, SettingsFinder, type FileSettings } from './settings.js';
import { packageVersion } from './version.js';

/**
 * `afterLint` is called once files were linted (not for --help, errors or other commands): the
 * launcher then writes V8's code cache, which holds the code compiled so far (src/launcher.ts).
 */
export async function run(argv: readonly string[], afterLint?: () => void): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const command = await parseCommandLine(argv, [...ruleNames(RULES).keys()], packageVersion());
    if (command.kind === 'exit') {
      process.stdout.write(command.output.endsWith('\n') ? command.output : `${command.output}\n`);
      return 0;
    }
    if (command.kind === 'schema') {
      printSchema(command.qiime2, command.parsl);
      return 0;
    }
    if (command.kind === 'rules') {
      printRules(RULES, command.format);
      return 0;
    }
    if (command.kind === 'cluster-profile') return await (await import('./cluster-profile.js')).clusterProfile(command.request, process.cwd());
    if (command.kind === 'init') return await (await import('./init.js')).init(command.flags, [...ruleNames(RULES).keys()], process.cwd());
    if (command.kind === 'rule') {
      printRulePage(command.name, RULES);
      return 0;
    }
    if (command.kind === 'which') {
      printWhich(command.format);
      return 0;
    }
    const code = await lint(command.options, command.kind === 'explain');
    afterLint?.();
    return code;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`parsl-lint: ${printable(error.message)}\n`); // it may quote a path or a config's text
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parsl-lint: internal error: ${printable(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

/** Named files that could not be read (the run exits 2), and those `exclude` left out with a warning. */
interface InputCounts {
  unread: number;
  ignored: number;
}

interface Input {
  /** undefined: stdin. */
  readonly file: string | undefined;
  readonly shown: string;
  readonly bytes: Uint8Array;
  readonly settings: FileSettings;
}

/** Lints (or fixes) every input and prints the report; with `explain`, prints the jobs instead. */
async function lint(given: CliOptions, explain = false): Promise<number> {
  const options = { ...given, inputs: given.inputs.map(stdinAlias) };
  const cwd = process.cwd();
  const finder = new SettingsFinder(options, RULES, cwd);
  if (options.printConfig !== undefined) {
    process.stdout.write(describeSettings(await finder.forFile(path.resolve(cwd, options.printConfig)), cwd));
    return 0;
  }

  const fixer = options.fix ? await import('./fix.js') : undefined;
  // When stdout carries a document, the diff (--diff) or stdin fixed (--fix -), the report goes to stderr.
  const out = options.diff || (options.fix && options.inputs.includes('-')) ? process.stderr : process.stdout;
  const color = options.outputFile === undefined ? useColor(options.color, out) : (options.color ?? false);
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const sink = new ReportSink(options.outputFile === undefined ? { stream: out } : { file: path.resolve(cwd, options.outputFile) });
  const tally = new ReportTally();
  /** For the formats written whole: each file's report, without the file's text. */
  const outcomes: FileOutcome[] = [];
  const keepOutcomes = writtenWhole(options.format);
  const fullReports: FileReport[] = [];
  const diffs: string[] = [];
  /** The files that are not valid TOML. */
  const invalid: string[] = [];
  const sbatch = options.sbatchTest ? await import('./sbatch-test.js') : undefined;
  const counts: InputCounts = { unread: 0, ignored: 0 };
  // What --max-warnings counts: the warnings --quiet hides too, as ESLint 9 counts them (lib/cli.js).
  let warnings = 0;
  for await (const input of readInputs(options, finder, cwd, counts)) {
    const lintOptions = sbatch ? { ...input.settings.lintOptions, sbatchAnswer: await sbatch.sbatchAnswers(input.bytes, input.settings.lintOptions.target) } : input.settings.lintOptions;
    const { result, applied, diff } = fixer
      ? await fixer.fixInput(input.bytes, input.file, input.shown, lintOptions, options)
      : { result: lintBytes(input.bytes, lintOptions), applied: 0, diff: '' };
    if (diff) diffs.push(diff);
    if (result.syntaxError) invalid.push(input.shown);
    warnings += result.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
    const outcome: FileOutcome = {
      path: input.shown,
      diagnostics: keep(result.diagnostics, options),
      suppressed: keep(result.suppressed, options),
      fixesApplied: applied,
      ...(explain && { jobs: result.jobs }),
    };
    if (explain) fullReports.push({ ...outcome, source: result.source });
    else {
      sink.write(reportPart({ ...outcome, source: result.source }, options, chalk));
      tally.add(outcome);
      if (keepOutcomes) outcomes.push(outcome);
    }
  }

  if (explain) {
    const chalk = new Chalk({ level: useColor(options.color, process.stdout) ? 1 : 0 });
    process.stdout.write(options.format === 'json' ? formatExplainJson(fullReports) : formatExplain(fullReports, chalk));
    for (const shown of invalid) process.stderr.write(`parsl-lint: ${shown} is not valid TOML; run parsl-lint ${shown} to see where\n`);
    if (counts.unread > 0) return 2;
    return invalid.length > 0 ? 1 : 0;
  }

  if (options.diff) process.stdout.write(diffs.join(''));
  sink.write(await reportEnd(outcomes, tally, options, chalk));
  sink.close();
  if (options.fix) for (const shown of invalid) process.stderr.write(`parsl-lint: ${notFixable(shown)}\n`);
  if (options.diff) return counts.unread > 0 ? 2 : diffs.length > 0 || invalid.length > 0 ? 1 : 0;
  warnings += counts.ignored;
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings && (options.format === 'stylish' || options.outputFile !== undefined)) {
    process.stderr.write(`parsl-lint: too many warnings (${warnings}, --max-warnings is ${options.maxWarnings})\n`);
  }
  // A file that is not valid TOML fails the run even when toml-syntax is turned off.
  if (invalid.length > 0 && tally.errors === 0) process.stderr.write(`parsl-lint: ${invalid.length === 1 ? '1 file is' : `${invalid.length} files are`} not valid TOML\n`);
  if (counts.unread > 0) return 2;
  return tally.errors > 0 || invalid.length > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * Stdin, then the files the paths name, each with its settings. A file found by walking a
 * directory is linted when it matches the config's `include` globs or, without them, looks like
 * a parsl config; a file matching `exclude` never is, even when named. With --only-parsl-configs,
 * named files are picked as a directory walk picks them. A file that cannot be read is skipped
 * with a message and the rest is linted: a named one is counted in `unread` (the run then exits
 * 2), one found by a walk is only a warning. A named file that `exclude` leaves out is a warning
 * too, counted in `ignored` (ignored-file.ts).
 */
async function* readInputs(options: CliOptions, finder: SettingsFinder, cwd: string, counts: InputCounts): AsyncGenerator<Input> {
  const inputs = options.inputs.length > 0 ? options.inputs : ['.'];
  const fromStdin = inputs.filter((input) => input === '-');
  if (fromStdin.length > 1) throw new UsageError('stdin (-) can be read only once');
  if (fromStdin.length === 1) {
    // Settings are those of the file stdin stands for, or of the working directory.
    const named = path.resolve(cwd, options.stdinFilename ?? 'stdin');
    const settings = await finder.forFile(named);
    const bytes = await readStdin();
    // What stdin stands for is filtered like a named file: `exclude`, and --only-parsl-configs.
    const excluded = settings.excluded(named);
    if (excluded && !options.onlyParslConfigs) ignored(options.stdinFilename ?? '<stdin>', settings, options, cwd, counts);
    const wanted = !excluded && (!options.onlyParslConfigs || looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (wanted) yield { file: undefined, shown: options.stdinFilename ?? '<stdin>', bytes, settings };
  }

  const paths = inputs.filter((input) => input !== '-');
  if (paths.length === 0) return;
  let found = 0;
  let excluded = 0;
  let unreadable = 0;
  const warn = (message: string) => process.stderr.write(`parsl-lint: warning: ${message}\n`);
  const resolveOptions = { onlyParslConfigs: options.onlyParslConfigs, warn, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern };
  for (const input of distinctFiles(await resolveFiles(paths, cwd, resolveOptions))) {
    const settings = await finder.forFile(input.file);
    const shown = displayPath(input.file, cwd);
    if (settings.excluded(input.file)) {
      if (input.literal) ignored(shown, settings, options, cwd, counts);
      excluded++;
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readRegularFile(input.file);
    } catch (error) {
      if (input.explicit) {
        process.stderr.write(`parsl-lint: cannot read ${printable(shown)}: ${readProblem(error)}\n`);
        counts.unread++;
      } else {
        warn(`skipped ${printable(shown)}: ${readProblem(error)}`);
      }
      unreadable++;
      continue;
    }
    const wanted = input.explicit || (settings.included ? settings.included(input.file) : looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (!wanted) continue;
    found++;
    yield { file: input.file, shown, bytes, settings };
  }
  // Files left out by `exclude` are not an error: a pre-commit hook may pass only those; nor,
  // with --only-parsl-configs, files that are not parsl configs (a commit that touches only pyproject.toml).
  if (found === 0 && excluded === 0 && unreadable === 0 && !options.onlyParslConfigs && options.errorOnUnmatchedPattern) throw new UsageError(`no parsl config found in ${paths.join(', ')} (a TOML file with a [parsl] table)`);
}

/** Warns of a named file that `exclude` left out, unless --no-warn-ignored; --quiet hides the warning, --max-warnings still counts it. */
function ignored(shown: string, settings: FileSettings, options: CliOptions, cwd: string, counts: InputCounts): void {
  if (!options.warnIgnored) return;
  counts.ignored++;
  if (!options.quiet) process.stderr.write(`parsl-lint: warning: ${ignoredFileWarning(shown, settings.config.file, cwd)}\n`);
}

function keep<T extends Diagnostic>(diagnostics: readonly T[], options: CliOptions): readonly T[] {
  return options.quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : diagnostics;
}

/** --color / --no-color win; then NO_COLOR (https://no-color.org) and FORCE_COLOR; then: is the output a terminal? */
function useColor(color: boolean | undefined, out: NodeJS.WriteStream): boolean {
  if (color !== undefined) return color;
  if (process.env['NO_COLOR']) return false;
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return out.isTTY === true;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
