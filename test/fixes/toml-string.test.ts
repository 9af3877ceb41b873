/** tomlBasicString: any string, written as a TOML basic string, reads back as itself. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from '../../src/document/parse.js';
import { tomlBasicString } from '../../src/fixes/toml-string.js';

const RUNS = 500;

function readBack(literal: string): unknown {
  const parsed = parseDocument(`key = ${literal}\n`);
  assert.ok(parsed.ok, `${literal} does not parse`);
  const entry = parsed.document.root.entries.get('key');
  return entry?.value.kind === 'scalar' ? entry.value.value : undefined;
}

test('escapes quotes, backslashes, control characters and DEL', () => {
  assert.equal(tomlBasicString('say "hi"\\'), '"say \\"hi\\"\\\\"');
  assert.equal(tomlBasicString('a\tb\nc\r\u0000\u001f\u007f'), '"a\\tb\\nc\\r\\u0000\\u001F\\u007F"');
  assert.equal(tomlBasicString('24:00:00'), '"24:00:00"');
  assert.equal(tomlBasicString('naïve 🧬'), '"naïve 🧬"');
});

test(`round trip through the TOML parser (fast-check, seed 5, ${RUNS} runs)`, () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (value) => {
      assert.equal(readBack(tomlBasicString(value)), value);
    }),
    { seed: 5, numRuns: RUNS },
  );
});
