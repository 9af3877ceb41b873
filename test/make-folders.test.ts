/** makeFolders is `mkdir -p` that returns for a folder no one can make (mkdirSync's recursive loops on /proc/x). */
import assert from 'node:assert/strict';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makeFolders } from '../src/make-folders.js';
import { runCli } from './support/cli-run.js';
import { repoRoot } from './support/paths.js';
import { tempDir } from './support/temp.js';

const NO_PROC = !existsSync('/proc/self') && 'no /proc here';
const example = path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml');

test('makes every missing folder with the mode given, and leaves an existing one', () => {
  const dir = tempDir('parsl-lint-folders-');
  makeFolders(path.join(dir, 'a', 'b', 'c'), 0o700);
  assert.ok(statSync(path.join(dir, 'a', 'b', 'c')).isDirectory());
  assert.equal(statSync(path.join(dir, 'a')).mode & 0o777, 0o700);
  makeFolders(path.join(dir, 'a', 'b'));
});

test('throws the error of the first folder that cannot be made', () => {
  const dir = tempDir('parsl-lint-folders-');
  writeFileSync(path.join(dir, 'file'), '');
  assert.throws(() => makeFolders(path.join(dir, 'file', 'x', 'y')), { code: 'ENOTDIR' });
});

test('/proc/x cannot be made: an error, not a loop', { skip: NO_PROC }, () => {
  assert.throws(() => makeFolders('/proc/parsl-lint-nope/x'), { code: 'ENOENT' });
});

test('--output-file where no folder can be made is exit 2 with a message; a cache there is only no cache', { skip: NO_PROC }, () => {
  const report = runCli(['-o', '/proc/parsl-lint-nope/report.txt', example]);
  assert.equal(report.status, 2);
  assert.equal(report.stderr, 'parsl-lint: cannot write the report to /proc/parsl-lint-nope/report.txt: ENOENT\n');
  const cached = runCli([example], { env: { XDG_CACHE_HOME: '/proc/parsl-lint-nope' } });
  assert.equal(cached.status, 0);
  assert.match(cached.stdout, /1 info in 1 file/);
});
