/**
 * Files shipped with parsl-lint (package.json, catalog/*.json), found from wherever the running
 * code lives: the compiled modules under dist/src/ or the bundle under bin/dist/.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageFile(relative: string): string {
  root ??= findRoot(path.dirname(fileURLToPath(import.meta.url)));
  return path.join(root, relative);
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`parsl-lint's package.json not found above ${start}`);
  }
}
