import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonDefault, type ParamSpec } from '../../src/catalog/index.js';

const spec = (source: string | null): ParamSpec => ({ name: 'x', type: null, default: source, required: source === null });

test('pythonDefault turns simple literals into JS values', () => {
  const cases: [string, unknown][] = [
    ["'00:10:00'", '00:10:00'],
    ['"threads"', 'threads'],
    ["''", ''],
    ['1', 1],
    ['-2', -2],
    ['120.0', 120],
    ['1_000', 1000],
    ['1e3', 1000],
    ['True', true],
    ['False', false],
    ['None', null],
    ["'Submitted batch job (?P<id>\\\\S*)'", 'Submitted batch job (?P<id>\\S*)'],
    ["r'a\\S'", 'a\\S'],
    ["'it\\'s\\n'", "it's\n"],
  ];
  for (const [source, value] of cases) assert.equal(pythonDefault(spec(source)), value, source);
});

test('pythonDefault is undefined for anything else', () => {
  for (const source of ['LocalProvider()', '(54000, 55000)', "float('inf')", '[]', '{}', 'WORK_QUEUE_DEFAULT_PORT', "'a' + 'b'", "b'x'", "f'{x}'"]) {
    assert.equal(pythonDefault(spec(source)), undefined, source);
  }
  assert.equal(pythonDefault(spec(null)), undefined, 'required');
});
