/**
 * `--fix` never loses or misplaces a byte (issue 13, items 1–3 and 5): the file keeps its owner and
 * group, an edit made while it is fixed is not overwritten, hard links are not split, a file
 * reached by two paths is fixed once, /dev/stdin is stdin, and a failed write of the output is
 * exit 2 with one line. Permissions are tested as the unprivileged user `nobody` (setpriv), since
 * root ignores modes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { resolveTarget } from '../src/catalog/index.js';
import type { CliOptions } from '../src/cli/options.js';
import { fixInput } from '../src/cli/fix.js';
import { takeSnapshot } from '../src/fixes/snapshot.js';
import { writeFileAtomic } from '../src/fixes/write-atomic.js';
import { RULES } from '../rules/index.js';
import { binPath } from './support/paths.js';
import { tempDir } from './support/temp.js';

/** A safe fix (`24h` → `24:00:00`) and nothing else to fix. */
const FIXABLE = `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"

[parsl.executors.provider]
class = "SlurmProvider"
walltime = "24h"
worker_init = "source ~/.bashrc && conda activate qiime2"
`;
const FIXED = FIXABLE.replace('"24h"', '"24:00:00"');

const NOBODY = 65_534;
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
const skipUnlessRoot = isRoot && hasSetpriv ? false : 'needs root and setpriv to run the command as another user';

/** The command as `nobody` when asked (only root can switch user), else as whoever runs the tests. */
function cli(args: string[], options: { cwd: string; asNobody?: boolean; stdin?: number | string }) {
  const command = options.asNobody ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath] : [process.execPath];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  const stdin = typeof options.stdin === 'number' ? options.stdin : 'pipe';
  const run = spawnSync(command[0]!, [...command.slice(1), binPath, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    env,
    stdio: [stdin, 'pipe', 'pipe'],
    ...(typeof options.stdin === 'string' && { input: options.stdin }),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A folder everybody may write in (a shared project folder), with the config in it. */
function sharedFolder(content = FIXABLE): { dir: string; file: string } {
  const dir = tempDir('parsl-lint-fix-safety-');
  chmodSync(dir, 0o777);
  const file = path.join(dir, 'config.toml');
  writeFileSync(file, content);
  return { dir, file };
}

test('run by root, --fix gives the file back to its owner and group, with its mode', { skip: skipUnlessRoot }, () => {
  const { dir, file } = sharedFolder();
  chownSync(file, NOBODY, NOBODY);
  chmodSync(file, 0o600);
  const run = cli(['--fix', 'config.toml'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(readFileSync(file, 'utf8'), FIXED);
  const stats = statSync(file);
  assert.deepEqual([stats.uid, stats.gid, stats.mode & 0o7777], [NOBODY, NOBODY, 0o600]);
  // And the owner can still read it: as nobody, the file lints.
  assert.equal(cli(['config.toml'], { cwd: dir, asNobody: true }).status, 0);
});

test("another user's --fix in a shared folder refuses instead of taking the file over", { skip: skipUnlessRoot }, () => {
  const { dir, file } = sharedFolder();
  chmodSync(file, 0o666); // anybody may write it, but a new file would belong to nobody
  const run = cli(['--fix', 'config.toml'], { cwd: dir, asNobody: true });
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'parsl-lint: cannot write config.toml: a new copy could not keep its owner (uid 0) and group (gid 0); ask its owner to run the fix; it is unchanged\n');
  assert.equal(readFileSync(file, 'utf8'), FIXABLE);
  assert.deepEqual([statSync(file).uid, statSync(file).gid], [0, 0]);
  assert.deepEqual(readdirSync(dir), ['config.toml']);
});

test('a file edited after it was read is not overwritten', async () => {
  const { file } = sharedFolder();
  const snapshot = await takeSnapshot(file);
  writeFileSync(file, `${FIXABLE}# a line saved by an editor meanwhile\n`, { flag: 'a' });
  await assert.rejects(writeFileAtomic(file, new TextEncoder().encode(FIXED), snapshot), {
    name: 'WriteError',
    message: 'it was modified after parsl-lint read it (by an editor?), so the fix was not written (run --fix again)',
  });
  assert.match(readFileSync(file, 'utf8'), /a line saved by an editor meanwhile\n$/);
});

test('--fix of bytes that are no longer what the file holds exits 2 and leaves the file', async () => {
  const { file } = sharedFolder();
  writeFileSync(file, `${FIXABLE}max_blocks = 2\n`); // the file as it is now; FIXABLE is what was read
  const options = { fix: 'safe', diff: false } as CliOptions;
  await assert.rejects(fixInput(new TextEncoder().encode(FIXABLE), file, 'config.toml', { rules: RULES, target: resolveTarget({}) }, options), {
    name: 'UsageError',
    message: 'cannot write config.toml: it was modified after parsl-lint read it (by an editor?), so the fix was not written (run --fix again); it is unchanged',
  });
  assert.equal(readFileSync(file, 'utf8'), `${FIXABLE}max_blocks = 2\n`);
});

test('a hard-linked file is refused, not split from its other names', () => {
  const { dir, file } = sharedFolder();
  linkSync(file, path.join(dir, 'other-name.toml'));
  const run = cli(['--fix', 'config.toml'], { cwd: dir });
  assert.equal(run.status, 2);
  assert.equal(run.stderr, 'parsl-lint: cannot write config.toml: it has 2 hard links, which would keep the old content if it were replaced; fix it through --diff and patch, or by hand; it is unchanged\n');
  assert.equal(readFileSync(file, 'utf8'), FIXABLE);
  assert.equal(statSync(file).nlink, 2);
});

test('a named symbolic link is written through: the file it points to is fixed, the link kept', () => {
  const { dir, file } = sharedFolder();
  symlinkSync('config.toml', path.join(dir, 'link.toml'));
  const run = cli(['--fix', 'link.toml'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  assert.ok(lstatSync(path.join(dir, 'link.toml')).isSymbolicLink());
  assert.equal(readFileSync(file, 'utf8'), FIXED);
});

test('a file reached by two paths is linted and fixed once', () => {
  const { dir } = sharedFolder();
  symlinkSync('config.toml', path.join(dir, 'link.toml'));
  const run = cli(['--fix', '--format', 'json', 'config.toml', 'link.toml', '.'], { cwd: dir });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { files: { path: string; fixesApplied: number }[] };
  assert.deepEqual(report.files.map(({ path, fixesApplied }) => ({ path, fixesApplied })), [{ path: 'config.toml', fixesApplied: 1 }]);
});

test('--fix /dev/stdin reads stdin and prints the fixed document; the file stdin comes from is not rewritten', () => {
  const { dir, file } = sharedFolder();
  const fd = openSync(file, 'r');
  try {
    const run = cli(['--fix', '/dev/stdin'], { cwd: dir, stdin: fd });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, FIXED);
    assert.match(run.stderr, /1 fix applied/);
  } finally {
    closeSync(fd);
  }
  assert.equal(readFileSync(file, 'utf8'), FIXABLE);
});

test('a full disk for the report or for the fixed document: exit 2 and one line, no stack trace', { skip: existsSync('/dev/full') ? false : 'no /dev/full' }, () => {
  const { dir } = sharedFolder();
  for (const args of [['config.toml'], ['--fix', '-']]) {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [binPath, ...args], { cwd: dir, input: FIXABLE, stdio: ['pipe', full, 'pipe'], encoding: 'utf8' });
      assert.equal(run.status, 2, args.join(' '));
      const lines = run.stderr.split('\n').filter((line) => line.startsWith('parsl-lint:') || /^\s+at /.test(line));
      assert.deepEqual(lines, ['parsl-lint: cannot write the output: ENOSPC'], run.stderr);
    } finally {
      closeSync(full);
    }
  }
});
