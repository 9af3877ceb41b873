/**
 * bin/dist/ holds the command bundled with every library it uses, committed so that installing
 * from git needs no build step. It must be what `npm run bundle` makes of the committed source:
 * this rebuilds HEAD's source in a temporary copy and compares, file by file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { git, headCommit, skipWithoutGit } from './support/npm.js';
import { tempDir } from './support/temp.js';
import { repoRoot } from './support/paths.js';

const REFRESH = 'run `npm run bundle` and commit bin/dist/';

test('the bundle committed in bin/dist/ is a fresh build of the committed source', { skip: skipWithoutGit }, (t) => {
  const { sha, dirty } = headCommit();
  if (dirty) t.diagnostic(`checks commit ${sha.slice(0, 12)}; uncommitted changes are not part of it`);
  const copy = tempDir('parsl-lint-bundle-');
  const archive = spawnSync('git', ['archive', '--format=tar', sha], { cwd: repoRoot, maxBuffer: 256 << 20 });
  assert.equal(archive.status, 0, String(archive.stderr));
  const untar = spawnSync('tar', ['-x', '-C', copy], { input: archive.stdout });
  assert.equal(untar.status, 0, String(untar.stderr));
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');

  const fresh = path.join(copy, 'fresh');
  const build = spawnSync(process.execPath, ['scripts/bundle.mjs', fresh], { cwd: copy, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);

  const committed = path.join(copy, 'bin', 'dist');
  const files = (dir: string) => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
  assert.deepEqual(files(committed), files(fresh), `bin/dist/ in ${sha.slice(0, 12)} holds other files than a fresh build: ${REFRESH}`);
  for (const file of files(fresh)) {
    assert.ok(readFileSync(path.join(committed, file)).equals(readFileSync(path.join(fresh, file))), `bin/dist/${file} in ${sha.slice(0, 12)} differs from a fresh build: ${REFRESH}`);
  }
});

test('bin/parsl-lint.cjs runs the committed bundle only, and .gitignore does not hide it', { skip: skipWithoutGit }, () => {
  const launcher = readFileSync(path.join(repoRoot, 'bin', 'parsl-lint.cjs'), 'utf8');
  // What it requires: Node's own modules and the launcher; the bundle, by its path in bin/dist/.
  const required = [...launcher.matchAll(/require\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  assert.deepEqual(required.filter((name) => !name.startsWith('node:')), ['./dist/launcher.cjs']);
  assert.match(launcher, /loadBundle\(path\.join\(__dirname, 'dist', 'cli\.cjs'\)\)/);
  assert.doesNotMatch(launcher, /\bimport\b/);
  assert.equal(git(['check-ignore', '--quiet', 'bin/dist/cli.cjs']).status, 1, 'bin/dist/ must not be ignored by .gitignore');
});

test('cli.cjs starts with the SHA-256 of the rest, the key of its code cache', () => {
  const text = readFileSync(path.join(repoRoot, 'bin', 'dist', 'cli.cjs'), 'latin1');
  const [first, rest] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
  assert.equal(first, `// sha256:${createHash('sha256').update(rest, 'latin1').digest('hex')}`);
  assert.match(text, /^[\x00-\x7f]*$/, 'cli.cjs must be ASCII (src/launcher.ts reads it as latin1)');
  // Code run from V8's code cache has no dynamic-import callback: a module is loaded by require().
  assert.doesNotMatch(text, /(?<![\w$.])import\(/, 'cli.cjs must not call import() (scripts/bundle.mjs: vendored)');
});
