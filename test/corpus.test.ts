/**
 * Real configs (../shared/corpus/real): written by real users and projects for releases that
 * accept them, so none may get an error. Warnings are allowed; the ones expected are listed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { resolveTarget } from '../src/catalog/index.js';
import { lintBytes } from '../src/engine/lint.js';
import { RULES } from '../rules/index.js';
import { sharedDir, skipWithoutShared } from './support/paths.js';

const realDir = path.join(sharedDir, 'corpus', 'real');
const files = skipWithoutShared ? [] : readdirSync(realDir).filter((name) => name.endsWith('.toml')).sort();

test('the real corpus is present and complete', { skip: skipWithoutShared }, () => {
  assert.ok(files.length >= 30, `expected the 32 real configs, found ${files.length}`);
});

for (const name of files) {
  test(`real/${name} has no error`, { skip: skipWithoutShared }, () => {
    const result = lintBytes(readFileSync(path.join(realDir, name)), { rules: RULES, target: resolveTarget({}) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.start.line}:${d.start.column} ${d.rule}: ${d.message}`);
    assert.deepEqual(errors, []);
  });
}
