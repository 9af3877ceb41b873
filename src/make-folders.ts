/**
 * `mkdir -p`. Not mkdirSync's `recursive: true`, which on Node 20 never returns for a folder that
 * cannot be made although its parent exists, such as /proc/x (mkdir says ENOENT there, and
 * Node's loop makes the parent again and again): here each missing folder is made once, and the
 * error of the first that cannot be made is thrown.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export function makeFolders(folder: string, mode?: number): void {
  try {
    mkdirSync(folder, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = path.dirname(folder);
    if (code !== 'ENOENT' || parent === folder) throw error;
    makeFolders(parent, mode);
    mkdirSync(folder, mode);
  }
}
