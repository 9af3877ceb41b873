/**
 * `parsl-lint init`: write a parsl config from requirements given as flags, or asked on a
 * terminal for those not given. The release comes from --qiime2 (default: the newest); the
 * cluster profile from the linter's config that applies to the output file (or the working
 * directory), as when linting it.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';
import { resolveTarget } from '../catalog/index.js';
import { ConfigResolver } from '../config/discover.js';
import { loadConfig } from '../config/load.js';
import { generateConfig, InitError, type Requirements } from '../init/generate.js';
import { parseMemoryGb, parseWalltimeMinutes, type Parsed } from '../init/quantities.js';
import { UsageError } from './errors.js';
import { displayPath } from './files.js';
import { writeNewFile } from './write-new-file.js';

export interface InitFlags {
  readonly scheduler?: string;
  readonly workers?: string;
  readonly cpus?: string;
  readonly mem?: string;
  readonly walltime?: string;
  readonly env?: string;
  readonly partition?: string;
  readonly account?: string;
  readonly qiime2?: string;
  readonly output?: string;
  readonly force: boolean;
}

const REQUIRED = ['workers', 'cpus', 'mem', 'walltime', 'env'] as const;

const QUESTIONS: Readonly<Record<(typeof REQUIRED)[number] | 'partition' | 'account', string>> = {
  workers: 'How many jobs (workers) may run at once? ',
  cpus: 'CPUs per job? ',
  mem: 'Memory per job (e.g. 96GB)? ',
  walltime: 'Time limit per job (e.g. 24h, 2d, 1-12:00:00)? ',
  env: 'Conda environment the workers activate (e.g. q2-moshpit-2025.10)? ',
  partition: 'Slurm partition (empty: the cluster\'s default)? ',
  account: 'Slurm account (empty: your default)? ',
};

export async function init(given: InitFlags, ruleIds: readonly string[], cwd: string): Promise<number> {
  const flags = await completeFlags(given);
  let target;
  try {
    target = resolveTarget({ qiime2: flags.qiime2 });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const output = flags.output === undefined ? undefined : path.resolve(cwd, flags.output);
  const config = await new ConfigResolver((file) => loadConfig(file, ruleIds, displayPath(file, cwd))).forFile(output ?? path.join(cwd, 'parsl.toml'));
  let text: string;
  try {
    text = generateConfig(requirements(flags), target, config.profile);
  } catch (error) {
    if (error instanceof InitError) throw new UsageError(error.message);
    throw error;
  }
  if (output === undefined) {
    process.stdout.write(text);
  } else {
    await writeNewFile(output, text, flags.force, flags.output!);
    process.stderr.write(`parsl-lint: wrote ${flags.output}; check it with: parsl-lint ${flags.output}\n`);
  }
  return 0;
}

/** The flags, with what is missing asked on a terminal; without one, what is missing is a usage error. */
async function completeFlags(given: InitFlags): Promise<InitFlags> {
  const missing = REQUIRED.filter((name) => given[name] === undefined);
  if (missing.length === 0) return given;
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(`init needs ${missing.map((name) => `--${name}`).join(', ')} (or run it on a terminal to be asked), e.g. parsl-lint init --scheduler slurm --workers 25 --cpus 12 --mem 96GB --walltime 24h --env q2-moshpit-2025.10`);
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  // Lines are read from one iterator, so that answers typed (or pasted) ahead are kept for the next question.
  const lines = terminal[Symbol.asyncIterator]();
  try {
    const answers: Record<string, string> = {};
    for (const name of [...missing, ...(['partition', 'account'] as const).filter((name) => given[name] === undefined)]) {
      process.stdout.write(QUESTIONS[name]);
      const line = await lines.next();
      if (line.done) throw new UsageError('init: no answer (end of input)');
      const answer = String(line.value).trim();
      if (answer !== '') answers[name] = answer;
    }
    return { ...given, ...answers };
  } finally {
    terminal.close();
  }
}

function requirements(flags: InitFlags): Requirements {
  const scheduler = flags.scheduler ?? 'slurm';
  if (scheduler.toLowerCase() !== 'slurm') throw new UsageError(`--scheduler ${scheduler}: init writes Slurm configs only so far`);
  const env = flags.env ?? '';
  // The name goes into a shell command: a blank or quote would split or break it.
  if (!/^[\w.+~/-]+$/.test(env)) throw new UsageError(`--env "${env}" is not a conda environment name or path (letters, digits, . _ - + / ~)`);
  return {
    scheduler: 'slurm',
    workers: count(flags.workers, 'workers'),
    cpus: count(flags.cpus, 'cpus'),
    memGb: value(parseMemoryGb(flags.mem ?? ''), 'mem'),
    walltimeMinutes: value(parseWalltimeMinutes(flags.walltime ?? ''), 'walltime'),
    env,
    ...(flags.partition !== undefined && { partition: name(flags.partition, 'partition') }),
    ...(flags.account !== undefined && { account: name(flags.account, 'account') }),
  };
}

function count(text: string | undefined, flag: string): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--${flag} must be a whole number, at least 1, not "${text ?? ''}"`);
  return Number(text);
}

function value<T>(parsed: Parsed<T>, flag: string): T {
  if (!parsed.ok) throw new UsageError(`--${flag}: ${parsed.reason}`);
  return parsed.value;
}

function name(text: string, flag: string): string {
  if (!/^[\w.-]+$/.test(text)) throw new UsageError(`--${flag} "${text}" is not a Slurm ${flag} name`);
  return text;
}
