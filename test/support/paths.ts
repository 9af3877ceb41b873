import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test/…, two or three levels below it). */
export const repoRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The team's shared data (real configs, toml-test, research), beside the repository when present. */
export const sharedDir = process.env['PARSL_LINT_SHARED'] ?? path.resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(path.join(sharedDir, 'corpus'));
export const skipWithoutShared = hasShared ? false : `../shared is absent (looked in ${sharedDir})`;

export const binPath = path.join(repoRoot, 'bin', 'parsl-lint.cjs');
