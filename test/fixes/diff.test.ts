/** unifiedDiff: exact output on examples, and applying the diff gives the new text back. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { unifiedDiff } from '../../src/fixes/diff.js';
import { applyPatch } from './patch.js';

const RUNS = 300;

test('a changed line with three lines of context, headed a/ and b/', () => {
  const before = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n';
  const after = 'one\ntwo\nthree\nfour\nFIVE\nsix\nseven\neight\n';
  assert.equal(unifiedDiff('x.toml', before, after), '--- a/x.toml\n+++ b/x.toml\n@@ -2,7 +2,7 @@\n two\n three\n four\n-five\n+FIVE\n six\n seven\n eight\n');
  assert.equal(unifiedDiff('x.toml', before, before), '');
});

test('changes far apart make separate hunks; a missing final newline is marked', () => {
  const before = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
  const after = before.replace('line 1\n', 'LINE 1\n').replace('line 12', 'LINE 12');
  const diff = unifiedDiff('x.toml', before, after);
  assert.equal(diff.match(/^@@/gm)?.length, 2);
  assert.match(diff, /-line 12\n\\ No newline at end of file\n\+LINE 12\n\\ No newline at end of file\n$/);
  assert.equal(applyPatch(before, diff), after);
});

test('CRLF lines keep their carriage returns', () => {
  const diff = unifiedDiff('x.toml', 'a = 1\r\nb = 2\r\n', 'a = 1\r\nb = 3\r\n');
  assert.match(diff, /-b = 2\r\n\+b = 3\r\n$/);
});

test(`applying the diff to the old text gives the new one (fast-check, seed 7, ${RUNS} runs)`, () => {
  const text = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\r\n', '\n', 'e'), { maxLength: 30 }).map((lines) => lines.join(''));
  fc.assert(
    fc.property(text, text, (before, after) => {
      assert.equal(applyPatch(before, unifiedDiff('x.toml', before, after)), after);
    }),
    { seed: 7, numRuns: RUNS },
  );
});
