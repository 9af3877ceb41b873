/**
 * src/launcher.ts: the command's bundle run from V8's code cache, kept in a folder only the user
 * can write, keyed by the bundle's SHA-256 and Node's release, and never read from anywhere else.
 */
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { codeCacheFile, loadBundle } from '../src/launcher.js';
import { runCli } from './support/cli-run.js';
import { repoRoot } from './support/paths.js';
import { tempDir } from './support/temp.js';

interface Sum {
  sum(a: number, b: number): number;
}

/** A bundle of its own: the SHA line (any 64 hex digits will do), then CommonJS. */
function bundle(dir: string, code = 'module.exports = { sum: (a, b) => a + b };'): string {
  const file = path.join(dir, 'cli.cjs');
  writeFileSync(file, `// sha256:${'ab'.repeat(32)}\n${code}\n`);
  return file;
}

function setUp() {
  const dir = tempDir('parsl-lint-launcher-');
  return { file: bundle(dir), env: { XDG_CACHE_HOME: path.join(dir, 'cache') }, folder: path.join(dir, 'cache', 'parsl-lint') };
}

test('the first run writes the cache, the next one starts from it', () => {
  const { file, env, folder } = setUp();
  const first = loadBundle<Sum>(file, env);
  assert.equal(first.exports.sum(2, 3), 5);
  assert.equal(first.fromCache, false);
  first.saveCodeCache();
  const [cache] = readdirSync(folder);
  assert.equal(cache, `cli-${'ab'.repeat(16)}-node${process.versions.node}-${process.arch}.v8cache`);
  assert.equal(statSync(folder).mode & 0o777, 0o700);
  assert.equal(statSync(path.join(folder, cache!)).mode & 0o777, 0o600);

  const second = loadBundle<Sum>(file, env);
  assert.equal(second.fromCache, true);
  assert.equal(second.exports.sum(4, 5), 9);
});

test('a damaged cache is not used and is written anew', () => {
  const { file, env, folder } = setUp();
  loadBundle(file, env).saveCodeCache();
  const cache = path.join(folder, readdirSync(folder)[0]!);
  const written = readFileSync(cache);
  // One flipped bit: V8 would take it (it checks no checksum); the CRC-32 in front does not.
  const damaged = Buffer.from(written);
  damaged[damaged.length - 9]! ^= 0x10;
  for (const bytes of [damaged, Buffer.from('not a code cache'), Buffer.alloc(0)]) {
    writeFileSync(cache, bytes, { mode: 0o600 });
    const refused = loadBundle<Sum>(file, env);
    assert.equal(refused.fromCache, false);
    assert.equal(refused.exports.sum(1, 1), 2);
    refused.saveCodeCache();
    assert.equal(loadBundle(file, env).fromCache, true);
  }
});

test('code cached for another source of the same length is not taken for this one', () => {
  const { env } = setUp();
  const dir = tempDir('parsl-lint-launcher-');
  const one = bundle(dir, 'module.exports = { sum: (a, b) => a + b };');
  loadBundle(one, env).saveCodeCache();
  // Same length, other code, other SHA-256: another cache file, so the sum is not run for the product.
  writeFileSync(one, `// sha256:${'cd'.repeat(32)}\nmodule.exports = { sum: (a, b) => a * b };\n`);
  const other = loadBundle<Sum>(one, env);
  assert.equal(other.fromCache, false);
  assert.equal(other.exports.sum(2, 3), 6);
});

test('a cache in a folder others can write, or in a file others can write, is never read', { skip: process.platform === 'win32' }, () => {
  const { file, env, folder } = setUp();
  loadBundle(file, env).saveCodeCache();
  const cache = path.join(folder, readdirSync(folder)[0]!);
  chmodSync(folder, 0o777);
  assert.equal(loadBundle(file, env).fromCache, false);
  chmodSync(folder, 0o700);
  chmodSync(cache, 0o666);
  assert.equal(loadBundle(file, env).fromCache, false);
  chmodSync(cache, 0o600);
  assert.equal(loadBundle(file, env).fromCache, true);
});

test('PARSL_LINT_NO_CODE_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1, or a bundle without its SHA-256: no cache', () => {
  const { file, env } = setUp();
  assert.equal(codeCacheFile(readFileSync(file, 'latin1'), { ...env, PARSL_LINT_NO_CODE_CACHE: '1' }), undefined);
  assert.equal(codeCacheFile(readFileSync(file, 'latin1'), { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }), undefined);
  assert.equal(codeCacheFile('module.exports = {};\n', env), undefined);
  // A relative $XDG_CACHE_HOME is not one (the XDG spec): the home folder's .cache is used.
  assert.equal(path.dirname(codeCacheFile(readFileSync(file, 'latin1'), { XDG_CACHE_HOME: 'relative/path' })!), path.join(os.homedir(), '.cache', 'parsl-lint'));
});

test('the command writes its cache after a lint, and not for --help', () => {
  const dir = tempDir('parsl-lint-launcher-cli-');
  const env = { XDG_CACHE_HOME: dir };
  assert.equal(runCli(['--help'], { env }).status, 0);
  assert.deepEqual(readdirSync(dir), []);
  const example = path.join(repoRoot, 'fixtures', 'examples', 'slurm-mem-per-node.toml');
  const first = runCli([example], { env });
  assert.deepEqual(readdirSync(path.join(dir, 'parsl-lint')).length, 1);
  // From the cache, the same report.
  const second = runCli([example], { env });
  assert.equal(second.stdout, first.stdout);
  assert.equal(second.status, first.status);
});

test('where no cache folder can be made, the bundle still runs and nothing is written', () => {
  const dir = tempDir('parsl-lint-launcher-');
  const file = bundle(dir);
  const notAFolder = path.join(dir, 'file');
  writeFileSync(notAFolder, '');
  const loaded = loadBundle<Sum>(file, { XDG_CACHE_HOME: notAFolder });
  loaded.saveCodeCache();
  assert.equal(loaded.exports.sum(1, 2), 3);
  assert.deepEqual(readdirSync(dir).sort(), ['cli.cjs', 'file']);
});
