/**
 * Installing parsl-lint as users do, from a clone of HEAD (committed files only): from git with
 * lifecycle scripts off, the way pre-commit ≥ 4.6.1 installs a node hook, and from `npm pack`'s
 * tarball. Each must give a working `parsl-lint` with no dependency: everything is in bin/dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { cloneHead, headCommit, npm, skipWithoutGit, tempDir } from './support/npm.js';
import { repoRoot } from './support/paths.js';

/** A config with one error: walltime-format. */
const example = path.join(repoRoot, 'fixtures', 'walltime-format', 'negative.toml');
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];

function describeHead(t: TestContext): void {
  const { sha, dirty } = headCommit();
  if (dirty) t.diagnostic(`installs commit ${sha.slice(0, 12)}; uncommitted changes are not part of it`);
}

/** The installed command lints the example (exit 1, its one error) and prints its version. */
function assertWorks(command: string): void {
  const lint = spawnSync(command, [example, '--no-color', '--format', 'stylish'], { encoding: 'utf8' });
  assert.equal(lint.status, 1, lint.stderr);
  assert.match(lint.stdout, /walltime-format\/README\.md\n/);
  assert.match(lint.stdout, /✖ 1 error, 0 warnings in 1 file/);
  const version = spawnSync(command, ['--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0, version.stderr);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
}

/** A global install in PREFIX holds parsl-lint and nothing it depends on. */
function assertNoDependencies(packageDir: string): void {
  assert.ok(existsSync(path.join(packageDir, 'bin', 'dist', 'main.mjs')), `${packageDir} has no bin/dist/main.mjs`);
  assert.equal(existsSync(path.join(packageDir, 'node_modules')), false, `dependencies were installed under ${packageDir}`);
}

test('npm install -g --ignore-scripts git+file://<clone of HEAD> gives a working parsl-lint', { skip: skipWithoutGit }, (t) => {
  describeHead(t);
  const dir = tempDir(t, 'git-install');
  const clone = cloneHead(dir);
  const prefix = path.join(dir, 'prefix');
  const install = npm(['install', '-g', '--ignore-scripts', '--prefix', prefix, '--cache', path.join(dir, 'cache'), ...quiet, `git+file://${clone}`]);
  assert.equal(install.status, 0, install.stderr);
  assertNoDependencies(path.join(prefix, 'lib', 'node_modules', 'parsl-lint'));
  assertWorks(path.join(prefix, 'bin', 'parsl-lint'));
});

test("pre-commit 4.6.2's install of a node hook gives a working parsl-lint", { skip: skipWithoutGit }, (t) => {
  describeHead(t);
  // pre_commit/languages/node.py at v4.6.2: in the hook's clone (which has .git and package.json),
  // with the environment of get_env_patch(), `npm install --allow-git=root --install-links -g git+file://<clone>`.
  const dir = tempDir(t, 'pre-commit-npm');
  const clone = cloneHead(dir);
  const envdir = path.join(dir, 'node_env-system');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_VIRTUAL_ENV: envdir,
    NPM_CONFIG_PREFIX: envdir,
    npm_config_prefix: envdir,
    NODE_PATH: path.join(envdir, 'lib', 'node_modules'),
    PATH: `${path.join(envdir, 'bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
    npm_config_cache: path.join(dir, 'cache'),
  };
  delete env['NPM_CONFIG_USERCONFIG'];
  delete env['npm_config_userconfig'];
  // `npm test` sets npm_config_* for its own run (global=false, ...): pre-commit's npm has none of them.
  for (const key of Object.keys(env)) if (/^npm_(config_(?!prefix$|cache$)|lifecycle_|package_)/.test(key)) delete env[key];
  const install = npm(['install', '--allow-git=root', '--install-links', '-g', `git+file://${clone}`], { cwd: clone, env });
  assert.equal(install.status, 0, install.stderr);
  assertNoDependencies(path.join(envdir, 'lib', 'node_modules', 'parsl-lint'));
  assertWorks(path.join(envdir, 'bin', 'parsl-lint'));
});

test("npm pack's tarball installs with no dependencies and works", { skip: skipWithoutGit }, (t) => {
  describeHead(t);
  const dir = tempDir(t, 'pack');
  const clone = cloneHead(dir);
  const pack = npm(['pack', '--pack-destination', dir, ...quiet], { cwd: clone });
  assert.equal(pack.status, 0, pack.stderr);
  const tarball = path.join(dir, pack.stdout.trim());
  const project = path.join(dir, 'project');
  const install = npm(['install', '--prefix', project, '--cache', path.join(dir, 'cache'), ...quiet, tarball]);
  assert.equal(install.status, 0, install.stderr);
  assert.deepEqual(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.')), ['parsl-lint']);
  assertNoDependencies(path.join(project, 'node_modules', 'parsl-lint'));
  assertWorks(path.join(project, 'node_modules', '.bin', 'parsl-lint'));
});
