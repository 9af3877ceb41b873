/**
 * Which paths lead to the same file. A file reached by two paths (a hard link, a symbolic link, a
 * directory walk and a name) is linted, counted and fixed once; and the names of stdin are stdin,
 * so that `--fix /dev/stdin < config.toml` prints the fixed document instead of rewriting
 * config.toml through /proc.
 */
import { statSync } from 'node:fs';
import type { InputFile } from './files.js';

/**
 * The files, each real file (device and inode) once, under the first path that reaches it; it is
 * named (explicit, literal) if any of its paths is. All are looked at before any is fixed, since a fix
 * replaces the file with a new inode.
 */
export function distinctFiles(files: readonly InputFile[]): InputFile[] {
  const kept: InputFile[] = [];
  const keptAt = new Map<string, number>();
  for (const input of files) {
    const key = identity(input.file);
    const at = key === undefined ? undefined : keptAt.get(key);
    if (at === undefined) {
      if (key !== undefined) keptAt.set(key, kept.length);
      kept.push(input);
    } else if ((input.explicit && !kept[at]!.explicit) || (input.literal && !kept[at]!.literal)) {
      kept[at] = { ...kept[at]!, explicit: kept[at]!.explicit || input.explicit, literal: kept[at]!.literal || input.literal };
    }
  }
  return kept;
}

/**
 * Device and inode; undefined for a file that cannot be looked at, which is kept: reading it will
 * say what is wrong. Synchronous: an await per file cost more than the stat itself over 10,000 files.
 */
function identity(file: string): string | undefined {
  try {
    const stats = statSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

const STDIN_NAMES: ReadonlySet<string> = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** `-` for a path that names stdin, the path otherwise. */
export function stdinAlias(input: string): string {
  return STDIN_NAMES.has(input) ? '-' : input;
}
