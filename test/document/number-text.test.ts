/** Numbers in messages are what the file says (issue 13, item 6): no `…6000` for 2^63 - 1, no `1e+21`, no `Infinity`. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveTarget } from '../../src/catalog/index.js';
import { numberText } from '../../src/document/number-text.js';
import { parseDocument } from '../../src/document/parse.js';
import type { TomlScalar } from '../../src/document/tree.js';
import { lintText } from '../../src/engine/lint.js';
import { RULES } from '../../rules/index.js';

function scalar(literal: string): TomlScalar {
  const parsed = parseDocument(`x = ${literal}\n`);
  assert.ok(parsed.ok);
  return parsed.document.root.entries.get('x')!.value as TomlScalar;
}

test('numberText: JavaScript’s rendering where it is exact, the literal otherwise', () => {
  const shown = (literal: string) => numberText(scalar(literal));
  assert.equal(shown('12'), '12');
  assert.equal(shown('1_000'), '1000');
  assert.equal(shown('0x10'), '16');
  assert.equal(shown('2.5'), '2.5');
  assert.equal(shown('9007199254740991'), '9007199254740991');
  assert.equal(shown('9007199254740993'), '9007199254740993');
  assert.equal(shown('9223372036854775807'), '9223372036854775807');
  assert.equal(shown('-9_223_372_036_854_775_808'), '-9223372036854775808');
  assert.equal(shown('0x7fffffffffffffff'), '0x7fffffffffffffff');
  assert.equal(shown('1e21'), '1e21');
  assert.equal(shown('1e400'), '1e400');
  assert.equal(shown('-inf'), '-inf');
  assert.equal(shown('nan'), 'nan');
  assert.equal(shown('"text"'), 'text');
});

test('rule messages quote integers beyond 2^53 and odd floats as written', () => {
  const big = '9223372036854775807';
  const text = `[parsl]
[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"
max_workers_per_node = ${big}
cores_per_worker = ${big}
mem_per_worker = ${big}
[parsl.executors.provider]
class = "SlurmProvider"
worker_init = "source activate qiime2"
walltime = "01:00:00"
max_blocks = 1
min_blocks = ${big}
init_blocks = inf
nodes_per_block = ${big}
cores_per_node = -${big}
mem_per_node = 1
parallelism = 1e21
exclusive = false
`;
  const messages = lintText(text, { rules: RULES, target: resolveTarget({}) }).diagnostics.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`);
  for (const message of messages) assert.doesNotMatch(message, /9223372036854776000|\de\+\d|Infinity|NaN/, message);
  const find = (prefix: string) => messages.find((message) => message.startsWith(prefix)) ?? assert.fail(`no ${prefix} in ${messages.join('\n')}`);
  assert.match(find('block-limits: min_blocks'), /^block-limits: min_blocks = 9223372036854775807 is above max_blocks = 1:/);
  assert.match(find('block-limits: init_blocks'), /^block-limits: init_blocks = inf is above max_blocks = 1:/);
  assert.match(find('block-limits: parallelism'), /^block-limits: parallelism = 1e21 is outside \[0, 1\]/);
  assert.match(find('cores-per-node-below-one'), /cores_per_node = -9223372036854775807 makes parsl write "#SBATCH --cpus-per-task=-9223372036854775807"/);
  assert.match(find('launcher-uses-one-node'), /nodes_per_block = 9223372036854775807, but .* starts all 9223372036854775807 worker pools .* while the other nodes of every block sit idle/);
  assert.match(find('worker-larger-than-node'), /mem_per_worker = 9223372036854775807 is more than mem_per_node = 1:/);
});
