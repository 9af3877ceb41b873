/** Runs npm and git the way the tests need: the npm that runs `npm test`, and a temporary clone of HEAD. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { repoRoot } from './paths.js';

export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** npm itself: the npm-cli.js that runs `npm test` when there is one, else `npm` on PATH. */
export function npm(args: readonly string[], options: SpawnSyncOptions = {}): Ran {
  const execPath = process.env['npm_execpath'];
  const run =
    execPath && /npm-cli\.js$/.test(execPath)
      ? spawnSync(process.execPath, [execPath, ...args], { cwd: repoRoot, encoding: 'utf8', ...options })
      : spawnSync('npm', args, { cwd: repoRoot, encoding: 'utf8', shell: process.platform === 'win32', ...options });
  return { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

export function git(args: readonly string[], cwd = repoRoot): Ran {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? (run.error?.message ?? '') };
}

/** Why a test of the committed state cannot run here, or false: git is there and this is a repository. */
export const skipWithoutGit: string | false = git(['rev-parse', 'HEAD']).status === 0 ? false : 'not a git repository (or no git)';

/** The commit the tests install, and whether the working tree has changes that are not part of it. */
export function headCommit(): { sha: string; dirty: boolean } {
  return { sha: git(['rev-parse', 'HEAD']).stdout.trim(), dirty: git(['status', '--porcelain']).stdout.trim() !== '' };
}

/** A temporary directory, removed when the test ends. */
export function tempDir(t: TestContext, prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `parsl-lint-${prefix}-`));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clone of this repository at HEAD, as a user gets it: committed files only. */
export function cloneHead(into: string): string {
  const clone = path.join(into, 'parsl-lint');
  const { sha } = headCommit();
  for (const args of [['clone', '--quiet', '--no-checkout', repoRoot, clone], ['-C', clone, 'checkout', '--quiet', '--detach', sha]]) {
    const run = git(args);
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  }
  return clone;
}
