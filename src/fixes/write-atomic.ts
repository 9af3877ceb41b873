/**
 * Replacing a file without ever leaving it half-written: the new content goes to a temporary file
 * in the same folder (so that the rename stays on one file system), which then replaces the
 * original in one step. Whatever fails, the original is left as it was.
 *
 * A rename makes a new file, so what the old one carried besides its bytes is copied or the
 * write is refused: the mode, the owner and group (a fix run by root or by a colleague in a
 * shared project folder must not hand the file to them), and the other names of a hard-linked
 * file (which would keep the old content: refused). A named symbolic link is followed: the file
 * it points to is replaced and the link kept.
 */
import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sameSnapshot, takeSnapshot, type FileSnapshot } from './snapshot.js';

/** Why a file could not be written, in a few words; the file is unchanged. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

export const MODIFIED_MEANWHILE = 'it was modified after parsl-lint read it (by an editor?), so the fix was not written (run --fix again)';

/**
 * Replaces `file` with `data`. With `expected`, the file must still be as it was when it was read
 * (same size, modification time and content) just before it is replaced: an edit made meanwhile
 * (by an editor, by another parsl-lint) is never overwritten.
 */
export async function writeFileAtomic(file: string, data: Uint8Array, expected?: FileSnapshot): Promise<void> {
  try {
    await replace(file, data, expected);
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(describe(error as NodeJS.ErrnoException));
  }
}

async function replace(file: string, data: Uint8Array, expected: FileSnapshot | undefined): Promise<void> {
  const target = await fs.realpath(file); // write through a symbolic link, keeping the link
  const stats = await fs.stat(target);
  if (!stats.isFile()) throw new WriteError('it is not a regular file');
  // Root may write anywhere, so a file without any write permission is taken as "do not touch".
  if ((stats.mode & 0o222) === 0 || !(await writable(target))) throw new WriteError('the file is read-only');
  if (stats.nlink > 1) throw new WriteError(`it has ${stats.nlink} hard links, which would keep the old content if it were replaced; fix it through --diff and patch, or by hand`);
  const mode = stats.mode & 0o7777;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.parsl-lint.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', 0o600); // nobody else reads it before it has the original's owner
    try {
      await handle.writeFile(data);
      await keepOwner(handle, stats.uid, stats.gid);
      await handle.chmod(mode); // after chown, which clears the set-user-ID and set-group-ID bits
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (expected) {
      const now = await takeSnapshot(target).catch(() => undefined);
      if (!now || !sameSnapshot(expected, now)) throw new WriteError(MODIFIED_MEANWHILE);
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Gives the new file the original's owner and group, or refuses: only root may give a file away. */
async function keepOwner(handle: fs.FileHandle, uid: number, gid: number): Promise<void> {
  const { uid: ownUid, gid: ownGid } = await handle.stat();
  if (uid === ownUid && gid === ownGid) return;
  try {
    await handle.chown(uid, gid);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EACCES') throw error;
    const whose = uid === ownUid ? `its group (gid ${gid}), which you are not in` : `its owner (uid ${uid}) and group (gid ${gid})`;
    throw new WriteError(`a new copy could not keep ${whose}; ask its owner to run the fix`);
  }
}

async function writable(file: string): Promise<boolean> {
  try {
    await fs.access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EDQUOT':
      return 'disk quota exceeded (EDQUOT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${error.code})`;
    case 'EROFS':
      return 'read-only file system (EROFS)';
    default:
      return error.code ?? error.message;
  }
}
