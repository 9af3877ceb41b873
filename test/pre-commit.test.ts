/**
 * What the pre-commit hooks (.pre-commit-hooks.yaml) rely on. pre-commit 2.8 – 4.6.0 installs a
 * `language: node` hook with `npm install` in its clone, then `npm pack`, reading the tarball's
 * name from pack's stdout, then `npm install -g` of that tarball. npm ≥ 10.5 prints the banner of
 * any script `npm pack` runs (prepack, prepare, postpack) on stdout, which breaks that name, so the
 * build runs on `npm install` (preprepare) and `npm publish` (prepublishOnly), never on pack.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/paths.js';

const hooksFile = readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string>; files: string[] };

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

test('package.json: no script runs on npm pack; the build runs on npm install and npm publish', () => {
  for (const script of ['prepack', 'prepare', 'postpack']) assert.equal(pkg.scripts[script], undefined, `a "${script}" script breaks pre-commit's install (see this file's header)`);
  assert.equal(pkg.scripts['preprepare'], 'npm run build');
  assert.equal(pkg.scripts['prepublishOnly'], 'npm run build');
  assert.ok(pkg.files.includes('dist/bundle/'));
});

test('npm pack prints only the tarball name on stdout, and the tarball holds the built command', { skip: existsSync(path.join(repoRoot, 'dist', 'bundle', 'main.mjs')) ? false : 'not built' }, () => {
  const npm = (args: string[]) => {
    const execPath = process.env['npm_execpath'];
    return execPath && /npm-cli\.js$/.test(execPath)
      ? spawnSync(process.execPath, [execPath, ...args], { cwd: repoRoot, encoding: 'utf8' })
      : spawnSync('npm', args, { cwd: repoRoot, encoding: 'utf8', shell: process.platform === 'win32' });
  };
  const plain = npm(['pack', '--dry-run']);
  assert.equal(plain.status, 0, plain.stderr);
  assert.equal(plain.stdout, `${pkg.name}-${pkg.version}.tgz\n`);
  const listing = npm(['pack', '--dry-run', '--json']);
  const files = (JSON.parse(listing.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
  for (const file of ['bin/parsl-lint.js', 'dist/bundle/main.mjs', 'package.json']) assert.ok(files.includes(file), `${file} is not in the tarball`);
});
