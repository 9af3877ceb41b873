/**
 * The committed catalog/ data is exactly what scripts/build-catalog.mjs makes of the signature
 * files in ../shared/research/parsl-signatures (skipped where ../shared is absent).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot, sharedDir } from '../support/paths.js';

const signatures = path.join(sharedDir, 'research', 'parsl-signatures');
const skip = existsSync(signatures) ? false : `the parsl signature files are absent (looked in ${signatures})`;
const catalogDir = path.join(repoRoot, 'catalog');
/** Written by hand, not by the script. */
const HAND_WRITTEN = 'qiime2-releases.json';

test('catalog/ equals a fresh build from research/parsl-signatures', { skip }, () => {
  const out = mkdtempSync(path.join(tmpdir(), 'parsl-lint-catalog-'));
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-catalog.mjs'), signatures, '--out', out], { stdio: 'pipe' });
    const built = readdirSync(out).sort();
    const committed = readdirSync(catalogDir).filter((name) => name !== HAND_WRITTEN).sort();
    assert.deepEqual(committed, built, 'the same files (a stale or missing catalog file otherwise)');
    for (const name of built) {
      assert.equal(readFileSync(path.join(catalogDir, name), 'utf8'), readFileSync(path.join(out, name), 'utf8'), `${name} differs: run node scripts/build-catalog.mjs`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
