/**
 * Temporary folders for tests, removed when the test process exits, whatever happened: the tests
 * run in parallel processes, and scripts/test.mjs fails the run if any folder is left behind.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

export function tempDir(prefix: string): string {
  if (made.length === 0) process.once('exit', removeAll);
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function removeAll(): void {
  for (const dir of made) {
    // A test may have made a folder read-only (or given it away): root can still remove it.
    try {
      chmodSync(dir, 0o700);
    } catch {
      // removed already, or not ours
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
