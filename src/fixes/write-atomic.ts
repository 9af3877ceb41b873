/**
 * Replacing a file without ever leaving it half-written: the new content goes to a temporary file
 * in the same folder (so that the rename stays on one file system), which then replaces the
 * original in one step. Whatever fails, the original is left as it was.
 */
import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Why a file could not be written, in a few words; the file is unchanged. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  try {
    await replace(file, data);
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(describe(error as NodeJS.ErrnoException));
  }
}

async function replace(file: string, data: Uint8Array): Promise<void> {
  const target = await fs.realpath(file); // write through a symbolic link, keeping the link
  const { mode } = await fs.stat(target);
  // Root may write anywhere, so a file without any write permission is taken as "do not touch".
  if ((mode & 0o222) === 0 || !(await writable(target))) throw new WriteError('the file is read-only');
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.parsl-lint.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', mode & 0o7777);
    try {
      await handle.writeFile(data);
      await handle.chmod(mode & 0o7777); // undo the umask applied at creation
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
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
