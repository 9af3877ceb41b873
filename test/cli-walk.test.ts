/**
 * Finding and reading files, as users run the command: a directory walk that meets a symbolic
 * link loop, a name that is not UTF-8, a file or folder deleted meanwhile or a folder it may not
 * read warns about that path and lints the rest; what is not a regular file (a FIFO, /dev/zero)
 * or is too large is refused at once, as a file and as --config, instead of blocking the run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { binPath } from './support/paths.js';

const CLEAN = `[parsl]

[[parsl.executors]]
class = "ThreadPoolExecutor"
label = "default"
`;
const BROKEN = CLEAN.replace('"default"', '"tpool"');

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parsl-lint-walk-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const runsAsRoot = process.getuid?.() === 0;

/**
 * The command in `cwd`. `asUser`: as an ordinary user (root reads every folder whatever its mode).
 * `preload`: a module run first in the same process, to delete a path at the right moment.
 * The time limit only turns a hang (the bug) into a failure instead of a stuck test run.
 */
function cli(args: string[], cwd: string, options: { asUser?: boolean; preload?: string } = {}) {
  const node = [...(options.preload ? ['--import', options.preload] : []), binPath, ...args];
  const [command, argv] = options.asUser && runsAsRoot ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...node]] : [process.execPath, node];
  const env = { ...process.env };
  delete env['FORCE_COLOR'];
  const run = spawnSync(command, argv, { cwd, encoding: 'utf8', env, timeout: 60_000, killSignal: 'SIGKILL', input: '' });
  assert.equal(run.error, undefined, `the command did not finish: ${run.error?.message}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function jsonPaths(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((file) => file.path);
}

describe('directory walks', () => {
  test('a symbolic link loop is not followed: each file is linted once, and the walk ends', () => {
    const dir = workspace({ 'a/parsl.toml': BROKEN });
    symlinkSync('..', path.join(dir, 'a', 'up1'));
    symlinkSync('..', path.join(dir, 'a', 'up2'));
    const run = cli(['.', '--format', 'json'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['a/parsl.toml']);
  });

  test('a link out of the walked tree is not followed (a --fix of the tree never writes elsewhere)', () => {
    const outside = workspace({ 'elsewhere/parsl.toml': BROKEN });
    const dir = workspace({ 'repo/parsl.toml': CLEAN });
    symlinkSync(path.join(outside, 'elsewhere'), path.join(dir, 'repo', 'linkdir'));
    symlinkSync(path.join(outside, 'elsewhere', 'parsl.toml'), path.join(dir, 'repo', 'linked.toml'));
    const run = cli(['repo', '--format', 'json'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['repo/parsl.toml']);
    // Named, a link is followed: the user chose it.
    assert.equal(cli(['repo/linked.toml'], dir).status, 1);
  });

  test('a name that is not UTF-8 is a warning for that path; the other files are linted', () => {
    const dir = workspace({ 'ok/parsl.toml': BROKEN });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.toml')]), CLEAN);
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/dir`), Buffer.from([0xff])]));
    const run = cli(['.', '--format', 'json'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['ok/parsl.toml']);
    assert.match(run.stderr, /^parsl-lint: warning: skipped caf\\xE9\.toml: its name is not valid UTF-8$/m);
    assert.match(run.stderr, /^parsl-lint: warning: skipped dir\\xFF: its name is not valid UTF-8$/m);
  });

  test('a file or a folder deleted during the walk is skipped; the other files are linted', () => {
    const dir = workspace({ 'a.toml': BROKEN, 'b.toml': CLEAN, 'sub/c.toml': CLEAN, 'z.toml': CLEAN });
    // Deletes b.toml, and sub/ with its file, once the walk has listed the top folder: as
    // another process might, between finding the paths and reading them.
    const preload = path.join(dir, 'delete-during-walk.mjs');
    writeFileSync(
      preload,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const readdirSync = fs.readdirSync;
let done = false;
fs.readdirSync = (folder, options) => {
  const entries = readdirSync(folder, options);
  if (!done && options?.withFileTypes && String(folder) === ${JSON.stringify(dir)}) {
    done = true;
    fs.rmSync(${JSON.stringify(path.join(dir, 'b.toml'))});
    fs.rmSync(${JSON.stringify(path.join(dir, 'sub'))}, { recursive: true });
  }
  return entries;
};
syncBuiltinESMExports();
`,
    );
    const run = cli([dir, '--format', 'json'], dir, { preload });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['a.toml', 'z.toml']);
    assert.match(run.stderr, /^parsl-lint: warning: skipped b\.toml: no such file \(deleted since it was found\?\)$/m);
  });

  test('a folder it may not read is a warning (as an ordinary user); the other files are linted', () => {
    const dir = workspace({ 'ok/parsl.toml': BROKEN, 'secret/parsl.toml': CLEAN });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'ok'), 0o755);
    chmodSync(path.join(dir, 'ok', 'parsl.toml'), 0o644);
    chmodSync(path.join(dir, 'secret'), 0o000);
    const run = cli(['.', '--format', 'json'], dir, { asUser: true });
    chmodSync(path.join(dir, 'secret'), 0o755);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['ok/parsl.toml']);
    assert.match(run.stderr, /^parsl-lint: warning: cannot read the folder secret \(permission denied\): the files in it were not linted$/m);
  });

  test('.gitignore files in the tree and above it in the repository are honoured, with ! re-including', () => {
    const dir = workspace({
      '.git/info/exclude': 'excluded.toml\n',
      '.gitignore': 'build/\n*.generated.toml\n',
      'configs/.gitignore': '!keep.generated.toml\n',
      'configs/a.toml': BROKEN,
      'configs/keep.generated.toml': BROKEN,
      'configs/drop.generated.toml': BROKEN,
      'configs/excluded.toml': BROKEN,
      'configs/build/b.toml': BROKEN,
      'configs/node_modules/n.toml': BROKEN,
    });
    const run = cli(['configs', '--format', 'json'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['configs/a.toml', 'configs/keep.generated.toml']);
  });
});

describe('what is not a regular file, or too large', () => {
  test('a FIFO, /dev/zero or /dev/urandom named as a file is refused at once; the other files are linted', () => {
    const dir = workspace({ 'ok.toml': BROKEN });
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.toml')]).status, 0);
    const run = cli(['pipe.toml', '/dev/zero', '/dev/urandom', 'ok.toml', '--format', 'json'], dir);
    assert.equal(run.status, 2, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['ok.toml']);
    assert.match(run.stderr, /^parsl-lint: cannot read pipe\.toml: is a named pipe \(FIFO\), not a regular file$/m);
    assert.match(run.stderr, /^parsl-lint: cannot read \/dev\/zero: is a character device, not a regular file$/m);
    assert.match(run.stderr, /^parsl-lint: cannot read \/dev\/urandom: is a character device, not a regular file$/m);
  });

  test('a FIFO or /dev/zero as --config is refused at once', () => {
    const dir = workspace({ 'parsl.toml': CLEAN });
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'config.toml')]).status, 0);
    const fifo = cli(['parsl.toml', '--config', 'config.toml'], dir);
    assert.equal(fifo.status, 2);
    assert.equal(fifo.stderr, 'parsl-lint: cannot read config.toml: is a named pipe (FIFO), not a regular file\n');
    const zero = cli(['parsl.toml', '--config', '/dev/zero'], dir);
    assert.equal(zero.status, 2);
    assert.equal(zero.stderr, 'parsl-lint: cannot read /dev/zero: is a character device, not a regular file\n');
  });

  test('explain refuses a FIFO at once', () => {
    const dir = workspace({});
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.toml')]).status, 0);
    const run = cli(['explain', 'pipe.toml'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: cannot read pipe.toml: is a named pipe (FIFO), not a regular file\n');
  });

  test('a file larger than 16 MiB is refused, named or as --config', () => {
    const dir = workspace({ 'parsl.toml': CLEAN, 'huge.toml': '' });
    truncateSync(path.join(dir, 'huge.toml'), 16 * 2 ** 20 + 1);
    const named = cli(['huge.toml'], dir);
    assert.equal(named.status, 2);
    assert.equal(named.stderr, 'parsl-lint: cannot read huge.toml: is larger than 16 MiB, more than any config\n');
    const config = cli(['parsl.toml', '--config', 'huge.toml'], dir);
    assert.equal(config.status, 2);
    assert.equal(config.stderr, 'parsl-lint: cannot read huge.toml: is larger than 16 MiB, more than any config\n');
  });

  test('a named file it may not read is an error (as an ordinary user), and the other files are still linted', () => {
    const dir = workspace({ 'ok.toml': BROKEN, 'secret.toml': CLEAN });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'ok.toml'), 0o644);
    chmodSync(path.join(dir, 'secret.toml'), 0o000);
    const run = cli(['secret.toml', 'ok.toml', '--format', 'json'], dir, { asUser: true });
    assert.equal(run.status, 2, run.stderr);
    assert.deepEqual(jsonPaths(run.stdout), ['ok.toml']);
    assert.equal(run.stderr, 'parsl-lint: cannot read secret.toml: permission denied\n');
  });
});
