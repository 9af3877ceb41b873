/** --fix and --diff for one input. Loaded only when one of them is given, to keep start-up fast. */
import type { LintOptions, LintResult } from '../engine/lint.js';
import { unifiedDiff } from '../fixes/diff.js';
import { fixBytes } from '../fixes/fix-bytes.js';
import { MAX_PASSES } from '../fixes/fix-text.js';
import { sha256, takeSnapshot } from '../fixes/snapshot.js';
import { MODIFIED_MEANWHILE, writeFileAtomic, WriteError } from '../fixes/write-atomic.js';
import { printable } from '../output/printable.js';
import { UsageError } from './errors.js';
import type { CliOptions } from './options.js';

export interface FixedInput {
  /** What is left after fixing. */
  readonly result: LintResult;
  readonly applied: number;
  /** With --diff: the changes as a unified diff, '' when there are none. */
  readonly diff: string;
}

/**
 * Fixes one input (`file` undefined: stdin). A file is rewritten in place; stdin's document is
 * printed on stdout, fixed or not; with --diff nothing is written and the diff is returned.
 */
export async function fixInput(bytes: Uint8Array, file: string | undefined, shown: string, lintOptions: LintOptions, options: CliOptions): Promise<FixedInput> {
  const fix = fixBytes(bytes, lintOptions, options.fix ?? 'safe');
  for (const rule of fix.broken) {
    process.stderr.write(`parsl-lint: ${printable(shown)}: the fix of ${rule} made the file invalid TOML, so it was not applied (a bug in parsl-lint: please report it)\n`);
  }
  if (!fix.converged) process.stderr.write(`parsl-lint: ${printable(shown)}: fixes were still changing the file after ${MAX_PASSES} passes; the rest were not applied\n`);

  if (options.diff) return { result: fix.result, applied: fix.applied, diff: fix.output ? unifiedDiff(shown, fix.original, fix.text) : '' };
  if (file === undefined) {
    // Until the whole document is out, a failed write, even a reader that stopped early, leaves it
    // truncated: exit 2 (bin/parsl-lint.cjs) rather than what the lint found.
    process.exitCode = 2;
    await new Promise<void>((resolve) => process.stdout.write(fix.output ?? bytes, () => resolve()));
    process.exitCode = undefined;
  } else if (fix.output) {
    await write(file, bytes, fix.output).catch((error: unknown) => {
      throw error instanceof WriteError ? new UsageError(`cannot write ${shown}: ${error.message}; it is unchanged`) : error;
    });
  }
  return { result: fix.result, applied: fix.applied, diff: '' };
}

/** Replaces the file, unless it is no longer the `read` bytes the fix was made from (an edit while it was fixed). */
async function write(file: string, read: Uint8Array, output: Uint8Array): Promise<void> {
  const snapshot = await takeSnapshot(file).catch((error: NodeJS.ErrnoException) => {
    throw new WriteError(error.code ?? error.message);
  });
  if (snapshot.sha256 !== sha256(read)) throw new WriteError(MODIFIED_MEANWHILE);
  await writeFileAtomic(file, output, snapshot);
}
