/**
 * Installing parsl-lint as users do, from a clone of HEAD (committed files only): from git with
 * lifecycle scripts off, the way pre-commit ≥ 4.6.1 installs a node hook, and from `npm pack`'s
 * tarball. Each must give a working `parsl-lint` with no dependency: everything is in bin/dist/.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { cloneHead, headCommit, npm, skipWithoutGit } from './support/npm.js';
import { tempDir } from './support/temp.js';
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
  assert.ok(existsSync(path.join(packageDir, 'bin', 'dist', 'cli.cjs')), `${packageDir} has no bin/dist/cli.cjs`);
  assert.equal(existsSync(path.join(packageDir, 'node_modules')), false, `dependencies were installed under ${packageDir}`);
}

test('npm install -g --ignore-scripts git+file://<clone of HEAD> gives a working parsl-lint', { skip: skipWithoutGit }, (t) => {
  describeHead(t);
  const dir = tempDir('parsl-lint-git-install-');
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
  const dir = tempDir('parsl-lint-pre-commit-npm-');
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

test("npm pack's tarball installs with no dependencies; its command works, and its library imports with types", { skip: skipWithoutGit }, (t) => {
  describeHead(t);
  const dir = tempDir('parsl-lint-pack-');
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

  // The library, imported by name as a user's module would, and type-checked against its declarations.
  const use = `import { applyFixes, formatCompact, formatStylish, lintFiles, lintText, rules, type LintReport } from 'parsl-lint';
import { readFileSync } from 'node:fs';
const text: string = readFileSync(${JSON.stringify(example)}, 'utf8');
const report: LintReport = lintText(text, { filePath: 'negative.toml' });
const fixed = applyFixes('\\uFEFF[parsl]\\n', { filePath: 'bom.toml' });
const files = await lintFiles([${JSON.stringify(example)}], { config: false });
console.log(JSON.stringify({
  compact: formatCompact([report]),
  stylish: formatStylish(files),
  fixed: fixed.output, applied: fixed.applied,
  files: files.map((file) => file.diagnostics.map((d) => d.rule)),
  rule: rules.find((rule) => rule.id === 'walltime-format')?.docs,
}));
`;
  writeFileSync(path.join(project, 'use.mts'), use);
  const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--typeRoots', path.join(repoRoot, 'node_modules', '@types'), '--types', 'node', '--outDir', path.join(project, 'out'), path.join(project, 'use.mts')], { cwd: project, encoding: 'utf8' });
  assert.equal(tsc.status, 0, `${tsc.stdout}${tsc.stderr}`);
  const ran = spawnSync(process.execPath, [path.join(project, 'out', 'use.mjs')], { cwd: project, encoding: 'utf8' });
  assert.equal(ran.status, 0, ran.stderr);
  const result = JSON.parse(ran.stdout) as { compact: string; stylish: string; fixed: string; applied: number; files: string[][]; rule: string };
  assert.match(result.compact, /^negative\.toml:9:12: error: walltime "-1:00:00" is negative: .* \[walltime-format\]\n$/);
  assert.match(result.stylish, /✖ 1 error, 0 warnings in 1 file/);
  assert.equal(result.fixed, '[parsl]\n');
  assert.equal(result.applied, 1);
  assert.deepEqual(result.files, [['walltime-format']]);
  assert.equal(result.rule, 'https://github.com/parsl-lint/parsl-lint/blob/main/rules/walltime-format/README.md');
});
