/**
 * What a file was when it was read, to tell before replacing it whether anyone changed it since:
 * the same inode, size, modification time (to the nanosecond) and content.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';

export interface FileSnapshot {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly sha256: string;
}

/** The file as it is now, stat and bytes read through one open handle, so they are of the same file. */
export async function takeSnapshot(file: string): Promise<FileSnapshot> {
  const handle = await fs.open(file, 'r');
  try {
    const stats = await handle.stat({ bigint: true });
    const bytes = await handle.readFile();
    return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, sha256: sha256(bytes) };
  } finally {
    await handle.close();
  }
}

export function sameSnapshot(a: FileSnapshot, b: FileSnapshot): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.sha256 === b.sha256;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
