/**
 * Which paths lead to the same file. A file reached by two paths (a hard link, a symbolic link, a
 * directory walk and a name) is linted, counted and fixed once; and the names of stdin are stdin,
 * so that `--fix /dev/stdin < config.toml` prints the fixed document instead of rewriting
 * config.toml through /proc.
 */
import { stat } from 'node:fs/promises';

export class SeenFiles {
  private readonly seen = new Set<string>();

  /** False when the file (its device and inode) was met before under another path. */
  async isNew(file: string): Promise<boolean> {
    const stats = await stat(file, { bigint: true }).catch(() => undefined);
    if (!stats) return true; // reading it will say what is wrong
    const key = `${stats.dev}:${stats.ino}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

const STDIN_NAMES: ReadonlySet<string> = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** `-` for a path that names stdin, the path otherwise. */
export function stdinAlias(input: string): string {
  return STDIN_NAMES.has(input) ? '-' : input;
}
