/**
 * The rules are created once per set of options and then lint file after file
 * (src/engine/active-rules.ts): nothing of one file may reach the next.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../rules/index.js';
import { resolveTarget } from '../../src/catalog/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { lintBytes, lintText, type LintOptions } from '../../src/engine/lint.js';
import { repoRoot } from '../support/paths.js';

const fixturesDir = path.join(repoRoot, 'fixtures');

function fixtureFiles(): string[] {
  return readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.toml') && !file.includes(`${path.sep}fixed${path.sep}`))
    .sort()
    .map((file) => path.join(fixturesDir, file));
}

test('each fixture linted after all the others, with the same options, gets what it gets alone', () => {
  const files = fixtureFiles();
  assert.ok(files.length > 250, `found only ${files.length} fixtures`);
  const target = resolveTarget({});
  const shared: LintOptions = { rules: RULES, target };
  // Twice through, so that every file also follows the ones after it.
  const inTurn = [...files, ...files].map((file) => lintBytes(readFileSync(file), shared));
  files.forEach((file, index) => {
    const alone = lintBytes(readFileSync(file), { rules: RULES, target });
    assert.deepEqual(inTurn[index]!.diagnostics, alone.diagnostics, path.relative(repoRoot, file));
    assert.deepEqual(inTurn[files.length + index]!.diagnostics, alone.diagnostics, path.relative(repoRoot, file));
    assert.deepEqual(inTurn[index]!.suppressed, alone.suppressed, path.relative(repoRoot, file));
  });
});

test('a lint inside a lint with the same options reports each file in its own result', () => {
  const inner = 'no-parsl-here = 1\n';
  const results: string[][] = [];
  const nesting = defineRule({
    meta: { id: 'nesting', severity: 'warning', description: 'Lints another text from inside a hook.', fix: 'none' },
    create: (context) => ({
      config(config) {
        if (context.source.text === inner) {
          context.report({ at: config.document.root.span, message: 'inner' });
          return;
        }
        results.push(lintText(inner, options).diagnostics.map((diagnostic) => diagnostic.message));
        context.report({ at: config.document.root.span, message: 'outer' });
      },
    }),
  });
  const options: LintOptions = { rules: [nesting], target: resolveTarget({}) };
  const outer = lintText('[parsl]\n', options);
  assert.deepEqual(results, [['inner']]);
  assert.deepEqual(
    outer.diagnostics.map((diagnostic) => diagnostic.message),
    ['outer'],
  );
});
