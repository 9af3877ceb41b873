/**
 * The one place parsl-lint starts a process: a Slurm client (`sbatch --test-only` for
 * --sbatch-test, `scontrol show` for cluster-profile), only when the user asks for it by name.
 * An argument array, never a shell string; a timeout; output kept in memory.
 */
import { execFile } from 'node:child_process';

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command could not be started (`ENOENT`: not installed) or gave no answer in time. */
export class CommandFailed extends Error {
  override readonly name = 'CommandFailed';
  constructor(
    message: string,
    readonly reason: 'not-installed' | 'timeout' | 'other',
  ) {
    super(message);
  }
}

export function runCommand(command: string, args: readonly string[], timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, shell: false }, (error, stdout, stderr) => {
      if (!error) return resolve({ exitCode: 0, stdout, stderr });
      const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
      if (failure.code === 'ENOENT') return reject(new CommandFailed(`${command} is not installed here`, 'not-installed'));
      if (failure.killed) return reject(new CommandFailed(`${command} gave no answer within ${timeoutMs / 1000} s`, 'timeout'));
      if (typeof failure.code === 'number') return resolve({ exitCode: failure.code, stdout, stderr });
      reject(new CommandFailed(`${command} could not be run: ${failure.message}`, 'other'));
    });
  });
}
