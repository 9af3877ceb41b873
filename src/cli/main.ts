/**
 * `parsl-lint`: parse the command line, find the files, lint each, print, and choose the exit
 * code: 0 clean (or only warnings within --max-warnings), 1 errors or too many warnings,
 * 2 the tool could not do its job (usage, unreadable path, internal error).
 */
import { readFile } from 'node:fs/promises';
import { Chalk } from 'chalk';
import { resolveTarget } from '../catalog/index.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { lintBytes, type LintOptions } from '../engine/lint.js';
import { formatJson } from '../output/json.js';
import { summarize, type FileReport } from '../output/results.js';
import { formatStylish } from '../output/stylish.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from './errors.js';
import { displayPath, looksLikeParslConfig, resolveFiles } from './files.js';
import { parseCommandLine, type CliOptions } from './options.js';
import { packageVersion } from './version.js';

export async function run(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const command = await parseCommandLine(argv, RULES.map((rule) => rule.meta.id), packageVersion());
    if (command.kind === 'exit') {
      process.stdout.write(command.output.endsWith('\n') ? command.output : `${command.output}\n`);
      return 0;
    }
    return await lint(command.options);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`parsl-lint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parsl-lint: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

async function lint(options: CliOptions): Promise<number> {
  const target = targetFrom(options);
  const lintOptions: LintOptions = { rules: RULES, target, settings: options.settings };
  const cwd = process.cwd();
  const inputs = options.inputs.length > 0 ? options.inputs : ['.'];
  const reports: FileReport[] = [];

  const fromStdin = inputs.filter((input) => input === '-');
  if (fromStdin.length > 1) throw new UsageError('stdin (-) can be read only once');
  if (fromStdin.length === 1) {
    const result = lintBytes(await readStdin(), lintOptions);
    reports.push({ path: options.stdinFilename ?? '<stdin>', source: result.source, diagnostics: keep(result.diagnostics, options) });
  }

  const paths = inputs.filter((input) => input !== '-');
  if (paths.length > 0) {
    const files = await resolveFiles(paths, cwd);
    for (const input of files) {
      const bytes = await readFile(input.file).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${displayPath(input.file, cwd)}: ${error.code ?? error.message}`);
      });
      if (!input.explicit && !looksLikeParslConfig(new TextDecoder().decode(bytes))) continue;
      const result = lintBytes(bytes, lintOptions);
      reports.push({ path: displayPath(input.file, cwd), source: result.source, diagnostics: keep(result.diagnostics, options) });
    }
    if (reports.length === 0) throw new UsageError(`no parsl config found in ${paths.join(', ')} (a TOML file with a [parsl] table)`);
  }

  const chalk = new Chalk({ level: useColor(options) ? 1 : 0 });
  process.stdout.write(options.format === 'json' ? formatJson(reports) : formatStylish(reports, chalk));
  const summary = summarize(reports);
  const tooManyWarnings = options.maxWarnings >= 0 && summary.warnings > options.maxWarnings;
  if (tooManyWarnings && options.format === 'stylish') {
    process.stderr.write(`parsl-lint: too many warnings (${summary.warnings}, --max-warnings is ${options.maxWarnings})\n`);
  }
  return summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

function keep(diagnostics: readonly Diagnostic[], options: CliOptions): readonly Diagnostic[] {
  return options.quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : diagnostics;
}

function targetFrom(options: CliOptions) {
  try {
    return resolveTarget({ qiime2: options.qiime2, parsl: options.parsl });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** --color / --no-color win; then NO_COLOR (https://no-color.org) and FORCE_COLOR; then: is stdout a terminal? */
function useColor(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  if (process.env['NO_COLOR']) return false;
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return process.stdout.isTTY === true;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
