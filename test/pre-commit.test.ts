/**
 * What the pre-commit hooks (.pre-commit-hooks.yaml) rely on. pre-commit 2.8 – 4.6.0 installs a
 * `language: node` hook with `npm install` in its clone, then `npm pack`, reading the tarball's
 * name from pack's stdout, then `npm install -g` of that tarball; npm ≥ 10.5 prints the banner of
 * any script `npm pack` runs (prepack, prepare, postpack) on stdout, which breaks that name.
 * pre-commit ≥ 4.6.1 runs `npm install -g git+file://<clone>`, where lifecycle scripts do not run.
 * So nothing is built on install: the bundle is committed in bin/dist/ (test/bundle.test.ts), and
 * test/install.test.ts installs it both ways. The compile script is not called `build`: npm's git
 * fetcher (pacote, lib/git.js) runs `npm install` with every dev dependency in its clone of a
 * package that has a `build`, `prepare`, `prepack` or install script, and a global install without
 * --install-links is then left a link into that deleted clone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { npm } from './support/npm.js';
import { repoRoot } from './support/paths.js';

const hooksFile = readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string>; files: string[]; dependencies?: unknown };

/** The hooks, read as `- id:` blocks of `key: value` lines (the file is that simple). */
function hooks(): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const block of hooksFile.split(/^- /m).slice(1)) {
    const fields: Record<string, string> = {};
    for (const line of block.split('\n')) {
      const match = /^\s*([a-z_]+):\s*(.*)$/.exec(line);
      if (match) fields[match[1]!] = match[2]!;
    }
    found.set(fields['id']!, fields);
  }
  return found;
}

test('.pre-commit-hooks.yaml: parsl-lint and parsl-lint-fix, node hooks on TOML files that skip non-parsl TOML', () => {
  const all = hooks();
  assert.deepEqual([...all.keys()], ['parsl-lint', 'parsl-lint-fix']);
  for (const hook of all.values()) {
    assert.equal(hook['language'], 'node');
    assert.equal(hook['types'], '[toml]');
    // In entry, not args: a user's args add to it instead of replacing it.
    assert.match(hook['entry']!, /^parsl-lint --only-parsl-configs\b/);
    assert.equal(hook['args'], undefined);
  }
  assert.match(all.get('parsl-lint-fix')!['entry']!, / --fix$/);
});

test('package.json: no lifecycle script, no runtime dependency; the tarball ships bin/ with its bundle', () => {
  for (const script of ['preinstall', 'install', 'postinstall', 'build', 'preprepare', 'prepare', 'postprepare', 'prepack', 'postpack', 'prepublishOnly']) {
    assert.equal(pkg.scripts[script], undefined, `a "${script}" script would not run, or would break, in pre-commit's install (see this file's header)`);
  }
  assert.equal(pkg.dependencies, undefined, 'runtime dependencies: everything the command uses is bundled into bin/dist/, so libraries belong in devDependencies');
  assert.ok(pkg.files.includes('bin/'));
});

test('npm pack prints only the tarball name on stdout, and the tarball holds the bundled command and its data', () => {
  const plain = npm(['pack', '--dry-run']);
  assert.equal(plain.status, 0, plain.stderr);
  assert.equal(plain.stdout, `${pkg.name}-${pkg.version}.tgz\n`);
  const listing = npm(['pack', '--dry-run', '--json']);
  const files = (JSON.parse(listing.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
  for (const file of ['bin/parsl-lint.cjs', 'bin/dist/cli.cjs', 'bin/dist/launcher.cjs', 'catalog/history.json', 'rules/walltime-format/README.md', 'package.json']) assert.ok(files.includes(file), `${file} is not in the tarball`);
});
