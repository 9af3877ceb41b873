/**
 * The pre-commit hooks, run by a real pre-commit (the newest on PATH: pip's, or Debian's; .ci/run
 * installs Debian's) on a sample repository, with the README's `.pre-commit-config.yaml` snippet
 * pointing at a clone of HEAD tagged with the snippet's `rev`. pre-commit ≤ 4.6.0 installs the hook
 * with `npm install` + `npm pack` in its clone; ≥ 4.6.1 with `npm install -g git+file://`, which
 * test/install.test.ts runs exactly.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, type TestContext } from 'node:test';
import { cloneHead, git, headCommit, skipWithoutGit } from './support/npm.js';
import { tempDir } from './support/temp.js';
import { repoRoot } from './support/paths.js';

const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const skip =
  skipWithoutGit ||
  (preCommitVersion.status === 0 ? false : 'no pre-commit on PATH: install it (pip install pre-commit, or apt-get install pre-commit) to run the hooks for real');

const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
const README_REPO = 'https://github.com/parsl-lint/parsl-lint';

/** The YAML block of the README's "pre-commit" section. */
function readmeSnippet(): string {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('pre-commit\n'));
  const block = section && /```yaml\n([\s\S]*?)```/.exec(section);
  assert.ok(block, 'README.md has no ```yaml block under "## pre-commit"');
  return block[1]!;
}

test("the README's pre-commit snippet names this repository and the tag of package.json's version", () => {
  const snippet = readmeSnippet();
  assert.match(snippet, new RegExp(`^\\s*- repo: ${README_REPO}$`, 'm'));
  assert.match(snippet, new RegExp(`^\\s*rev: v${pkg.version.replaceAll('.', '\\.')}\\b`, 'm'), 'the rev must be the release tag of package.json\'s version');
  assert.match(snippet, /^\s*- id: parsl-lint\b/m);
});

/** pre-commit's environment: its cache in the test's directory, and none of `npm test`'s npm_* settings. */
function preCommitEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PRE_COMMIT_HOME: path.join(dir, 'pre-commit-home'), npm_config_cache: path.join(dir, 'npm-cache'), NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (/^npm_(config_(?!cache$)|lifecycle_|package_)/.test(key)) delete env[key];
  // The hook's output is matched as stylish, also when the tests run in a GitHub Actions job.
  delete env['GITHUB_ACTIONS'];
  return env;
}

interface Sample {
  readonly dir: string;
  readonly clone: string;
  readonly sample: string;
  readonly env: NodeJS.ProcessEnv;
  run(args: readonly string[]): { status: number | null; output: string };
}

/**
 * A repository with a good config, a broken one, an unrelated pyproject.toml and a config the fix
 * hook repairs; the README's snippet as its .pre-commit-config.yaml, pointing at a clone of HEAD
 * tagged with the snippet's rev (in the clone only: nothing is committed or tagged here).
 */
function makeSample(t: TestContext): Sample {
  const { sha, dirty } = headCommit();
  if (dirty) t.diagnostic(`runs the hooks of commit ${sha.slice(0, 12)}; uncommitted changes are not part of it`);
  const dir = tempDir('parsl-lint-pre-commit-');
  const clone = cloneHead(dir);
  // -f: a clone of a released commit already has the tag (from the repository's own tags).
  assert.equal(git(['tag', '-f', `v${pkg.version}`], clone).status, 0);
  const sample = path.join(dir, 'sample');
  mkdirSync(path.join(sample, 'configs'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'fixtures', 'examples', 'local.toml'), path.join(sample, 'configs', 'good.toml'));
  copyFileSync(path.join(repoRoot, 'fixtures', 'walltime-format', 'negative.toml'), path.join(sample, 'configs', 'broken.toml'));
  copyFileSync(path.join(repoRoot, 'fixtures', 'byte-order-mark', 'with-bom.toml'), path.join(sample, 'configs', 'with-bom.toml'));
  writeFileSync(path.join(sample, 'pyproject.toml'), '[project]\nname = "pipeline"\nversion = "1.0"\n');
  writeFileSync(path.join(sample, '.pre-commit-config.yaml'), readmeSnippet().replace(README_REPO, clone));
  writeFileSync(path.join(sample, '.pre-commit-fix.yaml'), readmeSnippet().replace(README_REPO, clone).replace(/- id: parsl-lint\b.*/, '- id: parsl-lint-fix'));
  for (const args of [['init', '--quiet'], ['add', '-A']]) assert.equal(git(args, sample).status, 0);
  const env = preCommitEnv(dir);
  return {
    dir,
    clone,
    sample,
    env,
    run: (args) => {
      const run = spawnSync('pre-commit', args, { cwd: sample, env, encoding: 'utf8' });
      return { status: run.status, output: `${run.stdout}${run.stderr}` };
    },
  };
}

test(`${preCommitVersion.stdout.trim() || 'pre-commit'} runs the README's hook: passes the good config and pyproject.toml, fails the broken one; the fix hook repairs`, { skip }, (t) => {
  const { sample, run } = makeSample(t);

  const good = run(['run', '--files', 'configs/good.toml', 'pyproject.toml']);
  assert.equal(good.status, 0, good.output);
  assert.match(good.output, /^parsl-lint\.+Passed$/m);

  const broken = run(['run', '--files', 'configs/good.toml', 'configs/broken.toml', 'pyproject.toml']);
  assert.equal(broken.status, 1, broken.output);
  assert.match(broken.output, /^parsl-lint\.+Failed$/m);
  assert.match(broken.output, /^configs\/broken\.toml\n {2}9:12 {2}error {2}.* {2}walltime-format$/m);
  assert.doesNotMatch(broken.output, /good\.toml|pyproject\.toml/);

  // The fix hook rewrites the file, and so fails the commit; a second run passes.
  const fixed = run(['run', '-c', '.pre-commit-fix.yaml', '--files', 'configs/with-bom.toml']);
  assert.equal(fixed.status, 1, fixed.output);
  assert.match(fixed.output, /files were modified by this hook/);
  assert.equal(readFileSync(path.join(sample, 'configs', 'with-bom.toml'), 'utf8'), readFileSync(path.join(repoRoot, 'fixtures', 'byte-order-mark', 'fixed', 'with-bom.toml'), 'utf8'));
  assert.equal(git(['add', '-A'], sample).status, 0);
  const again = run(['run', '-c', '.pre-commit-fix.yaml', '--files', 'configs/with-bom.toml']);
  assert.equal(again.status, 0, again.output);
});

test(`${preCommitVersion.stdout.trim() || 'pre-commit'} try-repo: the hook straight from the clone`, { skip }, (t) => {
  const { clone, run } = makeSample(t);
  const tried = run(['try-repo', clone, 'parsl-lint', '--ref', `v${pkg.version}`, '--files', 'configs/good.toml', 'configs/broken.toml', 'pyproject.toml']);
  assert.equal(tried.status, 1, tried.output);
  assert.match(tried.output, /^configs\/broken\.toml\n {2}9:12 {2}error {2}.* {2}walltime-format$/m);
  const good = run(['try-repo', clone, 'parsl-lint', '--ref', `v${pkg.version}`, '--files', 'configs/good.toml', 'pyproject.toml']);
  assert.equal(good.status, 0, good.output);
});
