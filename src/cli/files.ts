/**
 * Command-line paths → the files to lint. A file named on the command line (or matched by a
 * glob) is always linted; a directory means the TOML files under it that hold a parsl config,
 * so `parsl-lint .` in a repository skips pyproject.toml and friends, and never picks the linter's
 * own config files, whatever `include` says. .gitignore is respected. With `onlyParslConfigs`
 * (--only-parsl-configs, for pre-commit, which names every changed TOML file), named files are
 * picked as a directory walk picks them. globby is loaded only for a glob: it costs start-up time
 * a named file never needs.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { UsageError } from './errors.js';
import { walkTomlFiles } from './walk.js';

export interface InputFile {
  /** Absolute path. */
  readonly file: string;
  /** False for files found by walking a directory (or named, with onlyParslConfigs): those without a parsl config are skipped. */
  readonly explicit: boolean;
  /** Named as it is on the command line, not matched by a glob: told when `exclude` leaves it out (as ESLint does). */
  readonly literal: boolean;
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface ResolveOptions {
  readonly onlyParslConfigs?: boolean;
  /** Told about each path a directory walk could not use (the rest is linted). */
  readonly warn?: (message: string) => void;
  /** False (--no-error-on-unmatched-pattern): a path that does not exist or a glob that matches nothing is skipped, not a usage error. */
  readonly errorOnUnmatchedPattern?: boolean;
}

export async function resolveFiles(inputs: readonly string[], cwd: string, options: ResolveOptions = {}): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  const add = (file: string, named: boolean, literal = false) => {
    if (named && options.onlyParslConfigs && CONFIG_FILE_NAMES.includes(path.basename(file))) return;
    const explicit = named && !options.onlyParslConfigs;
    const existing = found.get(file);
    if (!existing || (explicit && !existing.explicit) || (explicit && literal)) found.set(file, { file, explicit, literal: explicit && literal });
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const kind = await pathKind(absolute);
    if (kind === 'file') {
      add(absolute, true, true);
    } else if (kind === 'directory') {
      // A directory walk also skips parsl-lint's config files (a file named on the command line is still linted, except with --only-parsl-configs).
      const walk = walkTomlFiles(absolute, CONFIG_FILE_NAMES, (file) => displayPath(file, cwd));
      walk.warnings.forEach((message) => options.warn?.(message));
      walk.files.forEach((file) => add(file, false));
    } else {
      for (const file of await matchGlob(input, cwd, options.errorOnUnmatchedPattern ?? true)) add(file, true);
    }
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The files a glob matches (globby is loaded only here); a path that is not a glob does not exist.
 * Either is an error unless `errorIfNone` is false (ESLint's --no-error-on-unmatched-pattern,
 * which also skips a missing path: lib/eslint/eslint-helpers.js, findFiles).
 */
async function matchGlob(input: string, cwd: string, errorIfNone: boolean): Promise<string[]> {
  const { globby, isDynamicPattern } = await import('globby');
  if (!isDynamicPattern(input)) {
    if (errorIfNone) throw new UsageError(`no such file or directory: ${input}`);
    return [];
  }
  const files = await globby(input, { cwd, absolute: true, gitignore: true, ignore: IGNORED, dot: true });
  if (files.length === 0 && errorIfNone) throw new UsageError(`no files match the pattern "${input}"`);
  return files.map((file) => path.normalize(file));
}

async function pathKind(file: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const stats = await stat(file);
    return stats.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** How a path is shown: relative to the working directory, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}

/**
 * Whether a file found by walking a directory is a parsl config: it mentions a `parsl` table
 * (`[parsl]`, `[[parsl.executors]]`, `parsl.x = …`, `parsl = {…}`). A cheap look at the text,
 * so that broken configs are still linted while unrelated TOML files are not parsed at all.
 */
export function looksLikeParslConfig(text: string): boolean {
  // `[parsl` with nothing after it still counts: a broken header is a parsl config to report.
  return /^[ \t]*(\[\[?[ \t]*["']?parsl["']?[ \t]*([.\]]|$)|["']?parsl["']?[ \t]*[.=])/m.test(text);
}
