/**
 * Starting the command: bin/parsl-lint.cjs loads the command's bundle (bin/dist/cli.cjs, one
 * CommonJS file) through this module, which keeps V8's compiled code for it between runs, as
 * Node 22's `module.enableCompileCache()` does for modules (Node 20 has nothing of the kind).
 * Compiling the bundle and running it cold is most of what a one-file run costs beyond Node's own
 * start; from the cache a run starts with the code compiled (npm run bench measures both).
 *
 * The cache is one file per bundle and Node release, in $XDG_CACHE_HOME/parsl-lint (else
 * ~/.cache/parsl-lint; ~/Library/Caches/parsl-lint on macOS), written by the first run:
 * - a folder or file that someone else owns or can write is never read: compiled code from a
 *   shared or planted folder would run as ours;
 * - its name holds the bundle's SHA-256 (the bundle's first line, written by
 *   scripts/bundle.mjs), and Node's version and CPU: V8 checks only the source's length, and
 *   runs the cached code of another source of that length as if it were this one's;
 * - it starts with the CRC-32 of the rest, checked before V8 sees it: V8 checks no checksum
 *   either, so a damaged file would run damaged code (Node's own compile cache checks one too);
 * - it is written under a temporary name and renamed, so that runs in parallel (pre-commit's)
 *   never read half a file; V8 refuses one that does not fit (another V8, other flags), and
 *   the next run writes it anew;
 * - PARSL_LINT_NO_CODE_CACHE=1 or Node's NODE_DISABLE_COMPILE_CACHE=1 turns it off. Whatever
 *   goes wrong (no home, a read-only disk) only means a run without the cache.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';
import { makeFolders } from './make-folders.js';

/** A cache larger than this is not one we wrote (ours is about half a megabyte). */
const MAX_CACHE_BYTES = 64 * 2 ** 20;

export interface LoadedBundle<Exports> {
  readonly exports: Exports;
  /** Whether the code came from the cache. */
  readonly fromCache: boolean;
  /**
   * Writes the cache when there was none that fitted. It holds the code compiled so far: call it
   * once the run has done what later runs will do (bin/parsl-lint.cjs: after a lint).
   */
  saveCodeCache(): void;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Runs the CommonJS bundle `file` (the first line names its SHA-256) and returns its exports. */
export function loadBundle<Exports>(file: string, env: Environment = process.env): LoadedBundle<Exports> {
  // The bundle is ASCII (esbuild's charset: ascii), which latin1 reads fastest.
  const source = readFileSync(file, 'latin1');
  const cacheFile = codeCacheFile(source, env);
  const cachedData = cacheFile === undefined ? undefined : readPrivateFile(cacheFile);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData && { cachedData }) });
  const module = { exports: {} as Exports };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    fromCache,
    saveCodeCache: () => {
      if (cacheFile !== undefined && !fromCache) writePrivateFile(cacheFile, () => script.createCachedData());
    },
  };
}

/** Where the cache of this bundle for this Node is, or undefined when there is to be none. */
export function codeCacheFile(source: string, env: Environment = process.env): string | undefined {
  if (env['PARSL_LINT_NO_CODE_CACHE'] === '1' || env['NODE_DISABLE_COMPILE_CACHE'] === '1') return undefined;
  const hash = /^\/\/ sha256:([0-9a-f]{64})\n/.exec(source)?.[1];
  const folder = cacheFolder(env);
  if (hash === undefined || folder === undefined) return undefined;
  return path.join(folder, `cli-${hash.slice(0, 32)}-node${process.versions.node}-${process.arch}.v8cache`);
}

function cacheFolder(env: Environment): string | undefined {
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, 'parsl-lint');
  let home: string;
  try {
    home = os.homedir();
  } catch {
    return undefined; // no home directory (a system user)
  }
  if (!path.isAbsolute(home)) return undefined;
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'parsl-lint');
  if (process.platform === 'win32' && env['LOCALAPPDATA']) return path.join(env['LOCALAPPDATA'], 'parsl-lint');
  return path.join(home, '.cache', 'parsl-lint');
}

/** Owned by this user and writable by nobody else (there are no such checks on Windows, where the mode says nothing). */
function isPrivate(stats: Stats): boolean {
  if (process.platform === 'win32' || process.getuid === undefined) return true;
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

function readPrivateFile(file: string): Buffer | undefined {
  try {
    if (!isPrivate(lstatSync(path.dirname(file)))) return undefined;
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile() || !isPrivate(stats) || stats.size > MAX_CACHE_BYTES) return undefined;
      const file = readFileSync(fd);
      const data = file.subarray(4);
      return file.length > 4 && file.readUInt32BE(0) === crc32(data) ? data : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined; // none yet, or unreadable
  }
}

/** `data` is made only once the folder is known to be usable: a read-only home costs a run nothing. */
function writePrivateFile(file: string, content: () => Buffer): void {
  const folder = path.dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    makeFolders(folder, 0o700);
    const stats = lstatSync(folder);
    if (!stats.isDirectory() || !isPrivate(stats)) return;
    const data = content();
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(data));
    writeFileSync(temporary, Buffer.concat([checksum, data]), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // left for the next run's rename to replace
    }
  }
}
