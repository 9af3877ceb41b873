/**
 * Running the real `sbatch --test-only` on a batch script: sbatch checks the script and asks the
 * controller whether and when the job could start, and submits nothing (`--test-only` on the
 * command line wins over anything the script says). The script goes through a private temporary
 * file; sbatch is started with an argument array (no shell) and a timeout.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

const UNREACHABLE = /Unable to contact slurm controller|Zero Bytes were transmitted|authentication|Invalid user id|Unable to establish Slurm configuration|Could not establish a configuration source/i;

function run(command: string, args: readonly string[], timeout: number): Promise<SbatchAnswer> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout, maxBuffer: 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve({ exitCode: 0, stderr });
      const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
      if (failure.code === 'ENOENT') return reject(new SbatchUnavailable(`${command} is not installed here (--sbatch-test runs the real sbatch --test-only)`));
      if (failure.killed) return reject(new SbatchUnavailable(`${command} --test-only gave no answer within ${timeout / 1000} s`));
      // Slurm itself not answering is no verdict on the script.
      if (UNREACHABLE.test(stderr)) return reject(new SbatchUnavailable(`${command} --test-only could not reach Slurm: ${stderr.trim().split('\n')[0]}`));
      if (typeof failure.code === 'number') return resolve({ exitCode: failure.code, stderr });
      reject(new SbatchUnavailable(`${command} could not be run: ${failure.message}`));
    });
  });
}
