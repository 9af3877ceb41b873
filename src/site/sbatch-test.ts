/**
 * Running the real `sbatch --test-only` on a batch script: sbatch checks the script and asks the
 * controller whether and when the job could start, and submits nothing (`--test-only` on the
 * command line wins over anything the script says). The script goes through a private temporary
 * file; sbatch is started with an argument array (no shell) and a timeout.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CommandFailed, runCommand } from './run-command.js';
import type { SbatchAnswer } from './sbatch-answer.js';

export interface SbatchTestOptions {
  /** The sbatch to run (default: `sbatch` on the PATH). */
  readonly sbatch?: string;
  readonly timeoutMs?: number;
}

/** sbatch could not be run, or gave no answer in time: not a verdict on the script. */
export class SbatchUnavailable extends Error {
  override readonly name = 'SbatchUnavailable';
}

export async function sbatchTestOnly(script: string, options: SbatchTestOptions = {}): Promise<SbatchAnswer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parsl-lint-sbatch-'));
  try {
    const file = path.join(dir, 'job.sh');
    await writeFile(file, script, { mode: 0o600 });
    return await run(options.sbatch ?? 'sbatch', ['--test-only', file], options.timeoutMs ?? 30_000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Slurm itself not answering is no verdict on the script.
const UNREACHABLE = /Unable to contact slurm controller|Zero Bytes were transmitted|authentication|Invalid user id|Unable to establish Slurm configuration|Could not establish a configuration source/i;

async function run(command: string, args: readonly string[], timeout: number): Promise<SbatchAnswer> {
  let result;
  try {
    result = await runCommand(command, args, timeout);
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    throw new SbatchUnavailable(error.reason === 'not-installed' ? `${command} is not installed here (--sbatch-test runs the real sbatch --test-only)` : `${error.message} (--test-only)`);
  }
  if (result.exitCode !== 0 && UNREACHABLE.test(result.stderr)) {
    throw new SbatchUnavailable(`${command} --test-only could not reach Slurm: ${result.stderr.trim().split('\n')[0]}`);
  }
  return { exitCode: result.exitCode, stderr: result.stderr };
}
