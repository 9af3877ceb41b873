/** Applying fixes to a text: order, overlaps, line endings, the final newline. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import type { TextEdit } from '../../src/document/edits.js';
import { applyFixes } from '../../src/fixes/apply.js';

function fixable(rule: string, ...edits: TextEdit[]): Diagnostic {
  const at = { line: 1, column: 1 };
  return { rule, severity: 'error', message: '', headline: '', note: undefined, help: undefined, span: { start: 0, end: 0 }, start: at, end: at, docs: '', fix: { safety: 'safe', description: '', edits }, suggestions: [] };
}

test('edits of several fixes are applied at their offsets in the original text', () => {
  const text = 'a = "x"\nb = "y"\n';
  const { text: fixed, applied } = applyFixes(text, [fixable('one', { start: 4, end: 7, text: '"xx"' }), fixable('two', { start: 12, end: 15, text: '1' }), fixable('three', { start: 0, end: 0, text: '# top\n' })]);
  assert.equal(fixed, '# top\na = "xx"\nb = 1\n');
  assert.deepEqual(applied.map((d) => d.rule), ['one', 'two', 'three']);
});

test('a fix that overlaps one taken earlier is left for the next pass', () => {
  const text = 'key = "value"\n';
  const first = fixable('first', { start: 6, end: 13, text: '"a"' });
  const overlapping = fixable('second', { start: 8, end: 10, text: 'b' });
  const insertingInside = fixable('third', { start: 13, end: 13, text: ' # note' });
  const adjacent = fixable('fourth', { start: 0, end: 3, text: 'KEY' });
  const { text: fixed, applied } = applyFixes(text, [first, overlapping, insertingInside, adjacent]);
  assert.equal(fixed, 'KEY = "a"\n');
  assert.deepEqual(applied.map((d) => d.rule), ['first', 'fourth']);
});

test('a fix whose own edits overlap is a bug in its rule', () => {
  assert.throws(() => applyFixes('abc', [fixable('bad', { start: 0, end: 2, text: '' }, { start: 1, end: 3, text: '' })]), /rule bad made a fix with overlapping edits/);
});

test('inserted line breaks follow the file: a CRLF file stays CRLF', () => {
  const insert = fixable('insert', { start: 9, end: 9, text: 'b = 2\n' });
  assert.equal(applyFixes('a = 1\r\n\r\n[t]\r\n', [insert]).text, 'a = 1\r\n\r\nb = 2\r\n[t]\r\n');
  assert.equal(applyFixes('a = 1\n\n[t]\n', [fixable('insert', { start: 7, end: 7, text: 'b = 2\r\n' })]).text, 'a = 1\n\nb = 2\n[t]\n');
});

test('the final newline stays as it was', () => {
  assert.equal(applyFixes('a = 1\nb = 2\n', [fixable('drop-last-line', { start: 5, end: 12, text: '' })]).text, 'a = 1\n');
  assert.equal(applyFixes('a = 1\r\nb = 2\r\n', [fixable('drop-break', { start: 12, end: 14, text: '' })]).text, 'a = 1\r\nb = 2\r\n');
  assert.equal(applyFixes('a = 1', [fixable('append', { start: 5, end: 5, text: '\nb = 2\n' })]).text, 'a = 1\nb = 2');
});

/** What applyFixes must do, the plain way: each fix against every edit taken, then the edits from the end. */
function appliedThePlainWay(text: string, fixes: readonly Diagnostic[]): { text: string; applied: string[] } {
  const overlap = (a: TextEdit, b: TextEdit) => {
    const start = Math.max(a.start, b.start);
    const end = Math.min(a.end, b.end);
    return start < end || (start === end && (a.start === a.end || b.start === b.end));
  };
  const taken: TextEdit[] = [];
  const applied: string[] = [];
  for (const fix of fixes) {
    const edits = fix.fix!.edits;
    if (edits.some((edit) => taken.some((other) => overlap(edit, other)))) continue;
    taken.push(...edits);
    applied.push(fix.rule);
  }
  let result = text;
  for (const edit of [...taken].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, applied };
}

test('many fixes, edits and insertions anywhere: what checking each against all would give (fast-check, seed 8, 500 runs)', () => {
  const text = 'abcdefghijklmnopqrstuvwxyz0123\n';
  const edit = fc.record({ start: fc.nat(text.length - 1), length: fc.nat(3), text: fc.constantFrom('', 'X', 'YZ') }).map(({ start, length, text: inserted }) => ({ start, end: Math.min(text.length - 1, start + length), text: inserted }));
  // A fix's own edits never overlap (sortedEdits checks that): one edit, or two far apart.
  const fix = fc.oneof(edit.map((one) => [one]), fc.tuple(edit, edit).filter(([a, b]) => a.end + 1 < b.start).map(([a, b]) => [a, b]));
  fc.assert(
    fc.property(fc.array(fix, { maxLength: 25 }), (fixes) => {
      const diagnostics = fixes.map((edits, index) => fixable(`r${index}`, ...edits));
      const { text: fixed, applied } = applyFixes(text, diagnostics);
      assert.deepEqual({ text: fixed, applied: applied.map((d) => d.rule) }, appliedThePlainWay(text, diagnostics));
    }),
    { seed: 8, numRuns: 500 },
  );
});
