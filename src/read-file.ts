/**
 * Reading a file the user named or a walk found, for the linter and for its config: only a
 * regular file, and only up to a size no config reaches. A FIFO, `/dev/zero` or `/dev/urandom`
 * would otherwise block the run or fill memory forever. Synchronous on purpose: config files
 * are small, and one blocking read per file is ten times faster than awaiting each.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** 16 MiB: a config of 24,000 executors is 10 MB; a larger file is not a config someone wrote. */
const MAX_FILE_BYTES = 16 * 2 ** 20;

/** A path that is not something to read as a config; `code` is EISDIR for a directory. */
export class NotAFileError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export function readRegularFile(file: string): Buffer {
  // O_NONBLOCK: opening a FIFO with no writer returns at once (and fstat then refuses it)
  // instead of waiting forever; it changes nothing for a regular file.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new NotAFileError('is a directory', 'EISDIR');
    if (!stats.isFile()) throw new NotAFileError(`is ${kindOf(stats)}, not a regular file`);
    if (stats.size > MAX_FILE_BYTES) throw tooLarge();
    return readUpTo(fd, stats.size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads `expected` bytes, as readFileSync does; a file that reports size 0 (/proc's) is read to
 * its end, up to the cap. No extra read to find the end of an ordinary file: a batch reads
 * thousands.
 */
function readUpTo(fd: number, expected: number): Buffer {
  if (expected > 0) {
    const buffer = Buffer.allocUnsafe(expected);
    let length = 0;
    while (length < expected) {
      const read = readSync(fd, buffer, length, expected - length, null);
      if (read === 0) break; // it shrank meanwhile
      length += read;
    }
    return buffer.subarray(0, length);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_FILE_BYTES) throw tooLarge();
  }
}

function tooLarge(): NotAFileError {
  return new NotAFileError(`is larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, more than any config`);
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why a file could not be read, in words: `permission denied`, `is a named pipe (FIFO), not a regular file`. */
export function readProblem(error: unknown): string {
  if (error instanceof NotAFileError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file (deleted since it was found?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return code ?? (error as Error).message;
}
